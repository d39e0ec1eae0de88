# syntax=docker/dockerfile:1
# JourneyBot: build with the SDK, run on the ASP.NET runtime as a non-root user.
#   docker build -t journeybot .
#   docker run -p 8080:8080 -v journeybot-data:/data -e Slack__BotToken=xoxb-... -e Slack__SigningSecret=... journeybot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so source edits reuse the package layer.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/JourneyBot/JourneyBot.csproj src/JourneyBot/
COPY src/JourneyBot.Core/JourneyBot.Core.csproj src/JourneyBot.Core/
COPY src/JourneyBot.Core.Postgres/JourneyBot.Core.Postgres.csproj src/JourneyBot.Core.Postgres/
COPY src/JourneyBot.Slack/JourneyBot.Slack.csproj src/JourneyBot.Slack/
COPY src/JourneyBot.Tagging/JourneyBot.Tagging.csproj src/JourneyBot.Tagging/
RUN dotnet restore src/JourneyBot/JourneyBot.csproj
COPY src/ src/
COPY prompts/ prompts/
# The same publish command CI runs (.ci/run), so a broken publish is caught before an image build.
RUN dotnet publish src/JourneyBot -c Release -o /app --no-restore --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The SQLite catalog lives on a volume; PostgreSQL users set ConnectionStrings__Catalog instead.
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME ["/data"]
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Catalog="Data Source=/data/journeybot.db" \
    Logging__Console__FormatterName=json \
    DOTNET_gcServer=0
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["dotnet", "/app/JourneyBot.dll", "health", "--url", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "/app/JourneyBot.dll"]
CMD ["serve"]
