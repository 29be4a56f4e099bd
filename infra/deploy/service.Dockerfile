# One image per Spring Boot service, built from the jar Maven produced:
#   docker build -f infra/deploy/service.Dockerfile --build-arg SERVICE=registry-service .
FROM eclipse-temurin:21-jre
ARG SERVICE
RUN useradd --system --uid 10001 praxis
COPY ${SERVICE}/target/${SERVICE}.jar /opt/praxis/app.jar
USER praxis
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/praxis/app.jar"]
