using ChatPlatform.Sessions.Apis;
using ChatPlatform.Sessions.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapOpenApi();

app.MapSessionsApi();
app.MapParticipantsApi();
app.MapRoomsApi();
app.MapSupportApi();
app.MapCannedResponsesApi();
app.MapNotificationPreferencesApi();
app.MapInternalSessionsApi();

app.Run();
