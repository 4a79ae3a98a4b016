using Hub.Web.Cluster;
using Hub.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddHubOrleans();
builder.AddHubWeb();

var app = builder.Build();

app.UseHubWeb();
app.MapHubEndpoints();

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
