using ChatPlatform.Identity.Apis;
using ChatPlatform.Identity.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseForwardedHeaders();
app.MapDefaultEndpoints();
app.UseRateLimiter();
app.MapOpenApi();

app.MapWellKnownApi();
app.MapAuthApi();
app.MapUsersApi();
app.MapUserDirectoryApi();

app.Run();
