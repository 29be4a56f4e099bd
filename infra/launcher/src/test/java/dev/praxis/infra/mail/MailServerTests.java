package dev.praxis.infra.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The local stack's mail server takes mail over SMTP and lets a demo user read theirs over IMAP. */
class MailServerTests {

    @Test
    void aDemoUserReadsOverImapWhatWasSentToTheirAddress(@TempDir Path directory) throws Exception {
        var realm = directory.resolve("realm.json");
        Files.writeString(realm, """
                {"users": [{"username": "author", "email": "author@praxis.example"},
                           {"username": "service-account-praxis-search"}]}
                """);
        var server = MailServer.start(23025, 23143, 23110, realm);
        try {
            assertThat(server.mailboxes()).containsExactly("author");
            var properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", Integer.toString(server.smtpPort()));
            var session = Session.getInstance(properties);
            var message = new MimeMessage(session);
            message.setFrom("noreply@praxis.example");
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("author@praxis.example"));
            message.setSubject("Практика одобрена", "UTF-8");
            message.setText("Здравствуйте!", "UTF-8");
            Transport.send(message);

            try (var store = session.getStore("imap")) {
                store.connect("127.0.0.1", server.imapPort(), "author", MailServer.DEMO_PASSWORD);
                var inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessageCount()).isEqualTo(1);
                assertThat(inbox.getMessage(1).getSubject()).isEqualTo("Практика одобрена");
            }
        } finally {
            server.stop();
        }
    }
}
