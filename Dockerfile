# KbSite: build with the .NET 10 SDK, run on the ASP.NET Core 10 runtime as a non-root user.
# docker build -t kbsite . && docker run -p 8080:8080 -v kbsite-data:/data kbsite

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so that the layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/KbSite/KbSite.csproj src/KbSite/
COPY src/KbSite.Core/KbSite.Core.csproj src/KbSite.Core/
RUN dotnet restore src/KbSite/KbSite.csproj
COPY src/ src/
COPY wwwroot/ wwwroot/
RUN dotnet publish src/KbSite/KbSite.csproj -c Release --no-restore -o /app/publish /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
COPY content/ ./content/
# The store (SQLite) and the search index live in /data; mount a volume there to keep them.
RUN mkdir -p /data && chown -R app:app /data
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Kb__DataDir=/data \
    Kb__ContentDir=/app/content \
    DOTNET_RUNNING_IN_CONTAINER=true
VOLUME ["/data"]
EXPOSE 8080
# The aspnet image ships the non-root "app" user (uid 1654).
USER app
# The runtime image has no curl; let the orchestrator probe GET /healthz (200 once the store is ready).
ENTRYPOINT ["dotnet", "KbSite.dll"]
