using ChatPlatform.Moderation.Apis;
using ChatPlatform.Moderation.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapOpenApi();

app.MapBlocksApi();
app.MapReportsApi();
app.MapAuditLogApi();

app.Run();
