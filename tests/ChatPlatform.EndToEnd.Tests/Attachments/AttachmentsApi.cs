using System.Net.Http.Headers;
using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Attachments;

/// <summary>Client calls to the attachment endpoints through the gateway.</summary>
internal static class AttachmentsApi
{
    public const long MaxFileBytes = 100L * 1024 * 1024;

    public static readonly string[] UploadFields = ["id", "file_name", "content_type", "size", "sha256", "chat_session_id", "created_at"];

    public static readonly string[] MessageAttachmentFields = ["id", "file_name", "content_type", "size", "sha256", "url"];

    /// <summary>A 1x1 PNG.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static string UploadPath(string sessionId) => $"/api/v1/chat/sessions/{sessionId}/attachments";

    public static string DownloadPath(string attachmentId) => $"/api/v1/chat/attachments/{attachmentId}";

    public static Task<HttpResponseMessage> UploadAsync(this TestUser user, string sessionId, HttpContent file, string fileName, HttpClient? client = null)
    {
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return (client ?? user.Http).PostAsync(UploadPath(sessionId), form);
    }

    public static Task<HttpResponseMessage> UploadBytesAsync(this TestUser user, string sessionId, byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return user.UploadAsync(sessionId, file, fileName);
    }

    public static async Task<JsonObject> UploadedAsync(this Task<HttpResponseMessage> upload)
    {
        var response = await upload;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static Task<HttpResponseMessage> DownloadAsync(this TestUser user, string attachmentId, string? range = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, DownloadPath(attachmentId));
        if (range is not null)
        {
            request.Headers.TryAddWithoutValidation("Range", range);
        }
        return user.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>A client for long uploads: the shared one gives up after 30 s.</summary>
    public static HttpClient SlowClient(this PlatformFixture platform, TestUser user) =>
        Authorized(new HttpClient(), platform, user, TimeSpan.FromMinutes(5));

    /// <summary>
    /// A client that sends a body with <c>Expect: 100-continue</c> only after the server's interim 100. HttpClient's
    /// default sends it anyway after 1 s without an answer; on a busy machine the gateway's early 413 can come later
    /// than that, and the client then writes into a connection the gateway is closing ("Broken pipe").
    /// </summary>
    public static HttpClient ContinueWaitingClient(this PlatformFixture platform, TestUser user) =>
        Authorized(new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) }), platform, user, TimeSpan.FromMinutes(2));

    private static HttpClient Authorized(HttpClient client, PlatformFixture platform, TestUser user, TimeSpan timeout)
    {
        client.BaseAddress = platform.GatewayAddress;
        client.Timeout = timeout;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.AccessToken);
        return client;
    }
}
