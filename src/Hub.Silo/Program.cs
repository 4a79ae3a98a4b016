using Hub.Silo.Hosting;
using Hub.Silo.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = Host.CreateApplicationBuilder(args.Where(a => a != "migrate").ToArray());

if (args.Contains("migrate"))
{
    using var loggerFactory = LoggerFactory.Create(logging => logging.AddConsole());
    HubMigrator.Migrate(builder.Configuration.GetHubDatabase(builder.Environment.ContentRootPath), loggerFactory.CreateLogger("Hub.Migrate"));
    return 0;
}

builder.UseOrleans(silo => silo.AddHub(builder.Configuration, builder.Environment.ContentRootPath));
builder.Logging.AddFilter("Polly", LogLevel.Warning);
await builder.Build().RunAsync();
return 0;
