using System.Security.Cryptography;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;

namespace ChatPlatform.EndToEnd.Tests.Attachments;

/// <summary>Who may upload and download, and what may be uploaded (SPEC.md sections 3 and 5).</summary>
[Collection(PlatformCollection.Name)]
public sealed class AttachmentAccessTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_participant_uploads_a_small_file_and_another_participant_downloads_it()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync("Files", "group", bob.Id)).Id();
        var bytes = "quarterly numbers\n1,2,3\n"u8.ToArray();

        var attachment = await alice.UploadBytesAsync(session, bytes, "numbers.csv", "text/csv; charset=utf-8").UploadedAsync();

        Assert.Equal(("numbers.csv", "text/csv", (long)bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))),
            (attachment["file_name"]!.GetValue<string>(), attachment["content_type"]!.GetValue<string>(),
             attachment["size"]!.GetValue<long>(), attachment["sha256"]!.GetValue<string>()));
        Assert.True(Guid.TryParse(attachment.Id(), out var id) && id.Version == 7);
        Assert.EndsWith("Z", attachment["created_at"]!.GetValue<string>());

        var download = await bob.DownloadAsync(attachment.Id());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_non_participant_gets_404_on_upload_and_on_download_and_an_unknown_id_is_404()
    {
        var alice = await TestUser.RegisterAsync(platform, "owner");
        var mallory = await TestUser.RegisterAsync(platform, "mallory");
        var session = (await alice.CreateSessionAsync("Private files")).Id();
        var attachment = await alice.UploadBytesAsync(session, "secret"u8.ToArray(), "secret.txt", "text/plain").UploadedAsync();

        await ProblemAssert.IsProblemAsync(
            await mallory.UploadBytesAsync(session, "intrusion"u8.ToArray(), "x.txt", "text/plain"), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(await mallory.DownloadAsync(attachment.Id()), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(await alice.DownloadAsync(Guid.CreateVersion7().ToString()), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(
            await alice.UploadBytesAsync(Guid.CreateVersion7().ToString(), "x"u8.ToArray(), "x.txt", "text/plain"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Without_a_token_upload_and_download_are_401()
    {
        var alice = await TestUser.RegisterAsync(platform, "anon-check");
        var session = (await alice.CreateSessionAsync("Tokens")).Id();
        var attachment = await alice.UploadBytesAsync(session, "x"u8.ToArray(), "x.txt", "text/plain").UploadedAsync();
        var anonymous = platform.CreateClient();

        var upload = await anonymous.PostAsync(AttachmentsApi.UploadPath(session), new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "x.bin" } });
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(AttachmentsApi.DownloadPath(attachment.Id()))).StatusCode);
    }

    [Fact]
    public async Task Uploading_to_a_closed_session_is_409_session_closed_and_its_files_stay_downloadable()
    {
        var alice = await TestUser.RegisterAsync(platform, "closer");
        var session = (await alice.CreateSessionAsync("Closing")).Id();
        var attachment = await alice.UploadBytesAsync(session, "kept"u8.ToArray(), "kept.txt", "text/plain").UploadedAsync();
        Assert.Equal(HttpStatusCode.OK, (await alice.Http.PostAsJsonAsync($"{SessionsApi.SessionsPath}/{session}/close", new { })).StatusCode);

        var response = await Messages.MessagesApi.EventuallyAsync(async () =>
        {
            var attempt = await alice.UploadBytesAsync(session, "late"u8.ToArray(), "late.txt", "text/plain");
            return attempt.StatusCode == HttpStatusCode.Conflict ? attempt : null;
        }, "the close to reach Messages");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "session_closed");
        Assert.Equal(HttpStatusCode.OK, (await alice.DownloadAsync(attachment.Id())).StatusCode);
    }

    [Fact]
    public async Task A_declared_type_off_the_allow_list_or_an_image_that_is_not_one_is_400_and_a_real_png_is_201()
    {
        var alice = await TestUser.RegisterAsync(platform, "types");
        var session = (await alice.CreateSessionAsync("Types")).Id();
        var filesBefore = AttachmentFiles.In(platform);

        var html = await alice.UploadBytesAsync(session, "<script>alert(1)</script>"u8.ToArray(), "page.html", "text/html");
        var fakePng = await alice.UploadBytesAsync(session, "<svg onload=alert(1)>"u8.ToArray(), "cat.png", "image/png");
        var noFilePart = await alice.Http.PostAsync(AttachmentsApi.UploadPath(session), new MultipartFormDataContent { { new StringContent("x"), "other" } });
        var notMultipart = await alice.Http.PostAsJsonAsync(AttachmentsApi.UploadPath(session), new { file = "x" });

        foreach (var refused in new[] { html, fakePng, noFilePart, notMultipart })
        {
            var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest, "validation_failed");
            Assert.NotNull(problem["errors"]!["file"]);
        }
        Assert.Empty(AttachmentFiles.AddedSince(platform, filesBefore));
        var png = await alice.UploadBytesAsync(session, AttachmentsApi.TinyPng, "pixel.png", "image/png").UploadedAsync();
        Assert.Equal("image/png", png["content_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_retried_upload_with_the_same_idempotency_key_returns_the_first_attachment()
    {
        var alice = await TestUser.RegisterAsync(platform, "retry-upload");
        var session = (await alice.CreateSessionAsync("Retries")).Id();

        async Task<string> UploadWithKeyAsync(string content)
        {
            var form = new MultipartFormDataContent { { new StringContent(content), "file", "note.txt" } };
            using var request = new HttpRequestMessage(HttpMethod.Post, AttachmentsApi.UploadPath(session)) { Content = form };
            request.Headers.Add("Idempotency-Key", "upload-1");
            var response = await alice.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        Assert.Equal(await UploadWithKeyAsync("first"), await UploadWithKeyAsync("second"));
    }
}
