using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using Xunit.Abstractions;

namespace ChatPlatform.EndToEnd.Tests.Attachments;

/// <summary>Issue 7: a 100 MB upload streamed through the gateway with Messages' memory flat, ranged download, 101 MB refused.</summary>
[Collection(PlatformCollection.Name)]
public sealed class LargeUploadTests(PlatformFixture platform, ITestOutputHelper output)
{
    private const long MemoryLimit = 200L * 1024 * 1024;

    /// <summary>A buffered body would add the file's 100 MiB; streaming adds buffers and pools.</summary>
    private const long StreamingGrowthLimit = 32L * 1024 * 1024;

    [Fact]
    public async Task A_100_MiB_upload_streams_through_the_gateway_with_messages_memory_under_200_MB_and_downloads_whole_and_in_ranges()
    {
        var alice = await TestUser.RegisterAsync(platform, "big");
        var session = (await alice.CreateSessionAsync("Big file")).Id();
        var messagesProcesses = await ServiceProcesses.OfAsync(platform, "messages", "ChatPlatform.Messages");
        var gatewayProcesses = await ServiceProcesses.OfAsync(platform, "gateway", "ChatPlatform.Gateway");
        Assert.NotEmpty(messagesProcesses);
        Assert.NotEmpty(gatewayProcesses);
        var before = messagesProcesses.Concat(gatewayProcesses).ToDictionary(pid => pid, ServiceProcesses.Memory);
        using var client = platform.SlowClient(alice);

        HttpResponseMessage response;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var sampler = new WorkingSetSampler(before.Keys);
        await using (sampler)
        {
            response = await alice.UploadAsync(session, new GeneratedFileContent(AttachmentsApi.MaxFileBytes), "big.bin", client);
        }

        output.WriteLine($"100 MiB upload through the gateway: {started.Elapsed.TotalSeconds:F1} s, {sampler.Samples} samples every 50 ms");
        foreach (var (pid, peak) in sampler.Peaks)
        {
            output.WriteLine($"pid {pid} ({ServiceProcesses.CommandLine(pid)}): before {before[pid]}; peak during the upload {peak}");
        }
        Assert.True(sampler.Samples > 5, "the upload was sampled");
        // Messages' own memory stays under 200 MB, and neither it nor the gateway grows by anything near the
        // file's size: both stream. (The full working set also counts ~100 MB of mapped framework and library
        // files that every .NET process shares; docs/messages.md has the figures.)
        Assert.All(messagesProcesses, pid => Assert.InRange(sampler.Peaks[pid].Private, 1, MemoryLimit));
        Assert.All(before.Keys, pid => Assert.InRange(sampler.Peaks[pid].WorkingSet - before[pid].WorkingSet, 0, StreamingGrowthLimit));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var attachment = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(AttachmentsApi.UploadFields.Order(), attachment.Select(p => p.Key).Order());
        Assert.Equal(AttachmentsApi.MaxFileBytes, attachment["size"]!.GetValue<long>());
        var sha256 = GeneratedFileContent.Sha256Of(AttachmentsApi.MaxFileBytes);
        Assert.Equal(sha256, attachment["sha256"]!.GetValue<string>());
        Assert.Equal(("big.bin", "application/octet-stream", session), (attachment["file_name"]!.GetValue<string>(),
            attachment["content_type"]!.GetValue<string>(), attachment["chat_session_id"]!.GetValue<string>()));
        Assert.Equal(AttachmentsApi.DownloadPath(attachment.Id()), response.Headers.Location?.OriginalString);

        var first100 = await alice.DownloadAsync(attachment.Id(), "bytes=0-99");
        Assert.Equal(HttpStatusCode.PartialContent, first100.StatusCode);
        Assert.Equal($"bytes 0-99/{AttachmentsApi.MaxFileBytes}", first100.Content.Headers.ContentRange?.ToString());
        Assert.Equal(GeneratedFileContent.Slice(0, 100), await first100.Content.ReadAsByteArrayAsync());

        var last500 = await alice.DownloadAsync(attachment.Id(), "bytes=-500");
        Assert.Equal(HttpStatusCode.PartialContent, last500.StatusCode);
        Assert.Equal(GeneratedFileContent.Slice(AttachmentsApi.MaxFileBytes - 500, 500), await last500.Content.ReadAsByteArrayAsync());

        var beyond = await alice.DownloadAsync(attachment.Id(), $"bytes={AttachmentsApi.MaxFileBytes}-");
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, beyond.StatusCode);
        Assert.Equal($"bytes */{AttachmentsApi.MaxFileBytes}", beyond.Content.Headers.ContentRange?.ToString());

        using var whole = await client.GetAsync(AttachmentsApi.DownloadPath(attachment.Id()), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(AttachmentsApi.MaxFileBytes, whole.Content.Headers.ContentLength);
        Assert.Equal($"\"{sha256}\"", whole.Headers.ETag?.ToString());
        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());
        Assert.Equal("big.bin", whole.Content.Headers.ContentDisposition?.FileNameStar ?? whole.Content.Headers.ContentDisposition?.FileName);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        await using (var body = await whole.Content.ReadAsStreamAsync())
        {
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        Assert.Equal(sha256, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    [Fact]
    public async Task A_101_MiB_upload_is_413_payload_too_large_and_leaves_no_file()
    {
        var alice = await TestUser.RegisterAsync(platform, "huge");
        var session = (await alice.CreateSessionAsync("Too big")).Id();
        var filesBefore = AttachmentFiles.In(platform);
        using var client = platform.SlowClient(alice);

        var response = await alice.UploadAsync(session, new GeneratedFileContent(101L * 1024 * 1024), "huge.bin", client);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Empty(AttachmentFiles.AddedSince(platform, filesBefore));
    }

    [Fact]
    public async Task A_body_declared_over_the_gateway_route_limit_is_413_before_it_is_sent_when_the_client_expects_100_continue()
    {
        var alice = await TestUser.RegisterAsync(platform, "giant");
        var session = (await alice.CreateSessionAsync("Giant")).Id();
        var file = new GeneratedFileContent(200L * 1024 * 1024);
        var form = new MultipartFormDataContent { { file, "file", "giant.bin" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, AttachmentsApi.UploadPath(session)) { Content = form };
        request.Headers.ExpectContinue = true;
        using var client = platform.ContinueWaitingClient(alice);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var response = await client.SendAsync(request);

        // The client sends the body only after a 100 Continue: none of it left, so the 413 was decided on the declared length.
        output.WriteLine($"413 after {started.ElapsedMilliseconds} ms");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Contains("117440512", problem["detail"]!.GetValue<string>());
        Assert.Equal(0, file.BytesWritten);
    }

    [Fact]
    public async Task One_byte_over_100_MiB_is_refused_by_messages_itself_and_the_partial_file_is_removed()
    {
        var alice = await TestUser.RegisterAsync(platform, "over");
        var session = (await alice.CreateSessionAsync("One byte over")).Id();
        var filesBefore = AttachmentFiles.In(platform);
        using var client = platform.SlowClient(alice);

        var response = await alice.UploadAsync(session, new GeneratedFileContent(AttachmentsApi.MaxFileBytes + 1), "over.bin", client);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Contains("104857600", problem["detail"]!.GetValue<string>());
        Assert.Empty(AttachmentFiles.AddedSince(platform, filesBefore));
    }
    [Fact]
    public async Task An_upload_the_client_abandons_leaves_no_file_and_the_next_upload_works()
    {
        var alice = await TestUser.RegisterAsync(platform, "quitter");
        var session = (await alice.CreateSessionAsync("Abandoned")).Id();
        var filesBefore = AttachmentFiles.In(platform);
        using var client = platform.SlowClient(alice);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() =>
            alice.UploadAsync(session, new StreamContent(new FailingStream(8 * 1024 * 1024)), "abandoned.bin", client));

        await ChatPlatform.EndToEnd.Tests.Messages.MessagesApi.EventuallyAsync(
            () => Task.FromResult(AttachmentFiles.AddedSince(platform, filesBefore).Count == 0 ? "gone" : null), "the partial file to be removed");
        var next = await alice.UploadBytesAsync(session, "after the abort"u8.ToArray(), "next.txt", "text/plain").UploadedAsync();
        Assert.Equal(15, next["size"]!.GetValue<long>());
    }

    /// <summary>Yields zeros, then fails: the client's upload dies mid-body, as when a phone loses its network.</summary>
    private sealed class FailingStream(long failAfter) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= failAfter)
            {
                throw new IOException("The client gave up.");
            }
            var read = (int)Math.Min(count, failAfter - _position);
            Array.Clear(buffer, offset, read);
            _position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
