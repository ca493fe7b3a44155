# Placement Service API. Build from the repository root: docker build -t placement-service .
# Runs as the image's non-root app user; `migrate` as the command applies migrations and exits.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/PlacementDomain/PlacementDomain.csproj src/PlacementDomain/
COPY src/Persistence/Persistence.csproj src/Persistence/
COPY src/PlacementApi/PlacementApi.csproj src/PlacementApi/
RUN dotnet restore src/PlacementApi/PlacementApi.csproj
COPY src/ src/
RUN dotnet publish src/PlacementApi/PlacementApi.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "PlacementApi.dll"]
