using System.Net.Http.Headers;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Isolation;

/// <summary>
/// One populated world for the isolation matrix, made once per run: an owner with a private group session, a
/// message and an attachment in it, a support session, and three other callers (an outsider, a plain user and an
/// admin). Every secret string is unique, so a leak of any of them shows up in any response body.
/// </summary>
internal sealed record IsolationScenario(
    TestUser Owner, TestUser Outsider, TestUser Admin,
    string SessionId, string SupportSessionId, string MessageId, string AttachmentId,
    string SecretTitle, string SecretContent, string SecretFileName)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IsolationScenario? _current;
    private static PlatformFixture? _platform;

    public IReadOnlyList<string> Secrets => [SecretTitle, SecretContent, SecretFileName, SessionId, MessageId, AttachmentId];

    public static async Task<IsolationScenario> GetAsync(PlatformFixture platform)
    {
        await Gate.WaitAsync();
        try
        {
            if (_current is null || !ReferenceEquals(_platform, platform))
            {
                _current = await CreateAsync(platform);
                _platform = platform;
            }
            return _current;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<IsolationScenario> CreateAsync(PlatformFixture platform)
    {
        var owner = await TestUser.RegisterAsync(platform, "iso-owner");
        var outsider = await TestUser.RegisterAsync(platform, "iso-outsider");
        var admin = await platform.AdminAsync();
        var marker = Guid.NewGuid().ToString("N")[..10];
        var secretTitle = $"secret-title-{marker}";
        var secretContent = $"secretcontent{marker}";
        var secretFileName = $"secret-file-{marker}.txt";

        var session = (await owner.CreateSessionAsync(secretTitle, "group")).Id();
        var support = (await owner.CreateSessionAsync($"support-{marker}", "support")).Id();

        var send = await owner.Http.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/messages",
            new { message_type = "text", content = secretContent, client_message_id = $"iso-{marker}" });
        Assert.Equal(HttpStatusCode.Created, send.StatusCode);
        var messageId = (await send.Content.ReadFromJsonAsync<JsonObject>())!.Id();

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("isolation attachment"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", secretFileName);
        var upload = await owner.Http.PostAsync($"/api/v1/chat/sessions/{session}/attachments", form);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var attachmentId = (await upload.Content.ReadFromJsonAsync<JsonObject>())!.Id();

        return new IsolationScenario(owner, outsider, admin, session, support, messageId, attachmentId,
            secretTitle, secretContent, secretFileName);
    }

    /// <summary>Fills {session}, {support}, {message}, {attachment}, {owner} and {marker} in a path template.</summary>
    public string Fill(string template) => template
        .Replace("{session}", SessionId, StringComparison.Ordinal)
        .Replace("{support}", SupportSessionId, StringComparison.Ordinal)
        .Replace("{message}", MessageId, StringComparison.Ordinal)
        .Replace("{attachment}", AttachmentId, StringComparison.Ordinal)
        .Replace("{owner}", Owner.Id.ToString(), StringComparison.Ordinal)
        .Replace("{secret}", SecretContent, StringComparison.Ordinal);

    /// <summary>A request as a client would send it: JSON bodies as JSON, the upload as multipart.</summary>
    public HttpRequestMessage Request(string method, string template, string? jsonBody)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), Fill(template));
        if (template.EndsWith("/attachments", StringComparison.Ordinal))
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent("probe"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(file, "file", "probe.txt");
            request.Content = form;
        }
        else if (jsonBody is not null)
        {
            request.Content = new StringContent(Fill(jsonBody), System.Text.Encoding.UTF8, "application/json");
        }
        return request;
    }
}
