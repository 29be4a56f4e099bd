package dev.praxis.infra.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GreenMail in the launcher's JVM: a real SMTP server for the registry's notification mail, and IMAP
 * and POP3 to read it. Every demo user of the realm has a mailbox for their e-mail address, signed in
 * to with their username and the demo password; mail to any other address opens a mailbox whose
 * login and password are that address. Nothing is kept on disk: the mail goes when the stack stops.
 */
public final class MailServer {

    public static final String HOST = "localhost";
    public static final String DEMO_PASSWORD = "praxis";

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;
    private final int pop3Port;
    private final List<String> mailboxes;

    private MailServer(GreenMail greenMail, int smtpPort, int imapPort, int pop3Port, List<String> mailboxes) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.pop3Port = pop3Port;
        this.mailboxes = mailboxes;
    }

    /** Starts on the preferred ports, or on the next free ones (as OpenSearch does), with a mailbox per demo user of {@code realmFile}. */
    public static MailServer start(int preferredSmtpPort, int preferredImapPort, int preferredPop3Port, Path realmFile)
            throws IOException {
        int smtp = firstFree(preferredSmtpPort);
        int imap = firstFree(preferredImapPort);
        int pop3 = firstFree(preferredPop3Port);
        var greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(pop3, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
        greenMail.start();
        var mailboxes = new ArrayList<String>();
        for (var user : new ObjectMapper().readTree(realmFile.toFile()).path("users")) {
            var email = user.path("email").asText("");
            if (!email.isEmpty()) {
                greenMail.setUser(email, user.path("username").asText(), DEMO_PASSWORD);
                mailboxes.add(user.path("username").asText());
            }
        }
        return new MailServer(greenMail, smtp, imap, pop3, List.copyOf(mailboxes));
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    public int pop3Port() {
        return pop3Port;
    }

    /** The logins of the demo mailboxes (password {@value #DEMO_PASSWORD}). */
    public List<String> mailboxes() {
        return mailboxes;
    }

    public void stop() {
        greenMail.stop();
    }

    private static int firstFree(int preferred) {
        for (int port = preferred; port < preferred + 100 && port <= 65535; port++) {
            try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException busy) {
                // taken: try the next one
            }
        }
        throw new UncheckedIOException(new IOException("no free port from " + preferred + " on"));
    }
}
