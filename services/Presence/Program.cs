using ChatPlatform.Presence.Apis;
using ChatPlatform.Presence.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapPresenceEndpoints();
app.MapChatSocketApi();
app.MapPresenceApi();

app.Run();

public partial class Program;
