using ChatPlatform.Gateway.Apis;
using ChatPlatform.Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseGatewayPipeline();

app.MapOpenApiDocs();
app.MapGatewayProxy();

app.Run();

public partial class Program;
