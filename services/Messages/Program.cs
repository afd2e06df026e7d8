using ChatPlatform.Messages.Apis;
using ChatPlatform.Messages.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapOpenApi();

app.MapMessagesApi();
app.MapReadCursorsApi();
app.MapSummariesApi();
app.MapMessageActionsApi();
app.MapSearchApi();
app.MapInternalMessagesApi();
app.MapInternalSendApi();
app.MapInternalMembershipApi();
app.MapAttachmentsApi();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
