using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using ChatPlatform.EndToEnd.Tests.Presence;

namespace ChatPlatform.EndToEnd.Tests.Attachments;

/// <summary>image and file messages refer to attachments by id; every message JSON describes them in full (SPEC.md section 4).</summary>
[Collection(PlatformCollection.Name)]
public sealed class AttachmentMessageTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_image_message_carries_its_attachment_in_the_response_in_history_and_live_on_another_client()
    {
        var alice = await TestUser.RegisterAsync(platform, "photographer");
        var bob = await TestUser.RegisterAsync(platform, "viewer");
        var session = (await alice.CreateSessionAsync("Photos", "group", bob.Id)).Id();
        var png = await alice.UploadBytesAsync(session, AttachmentsApi.TinyPng, "pixel.png", "image/png").UploadedAsync();
        await using var bobSocket = await platform.ConnectAsync(PresenceClient.SessionSocket(session, bob));
        await bobSocket.PingAsync();

        var sent = await alice.PostMessageAsync(session, new { message_type = "image", content = "", client_message_id = "photo-1", attachment_ids = new[] { png.Id() } });

        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var message = (await sent.Content.ReadFromJsonAsync<JsonObject>())!;
        AssertDescribes(png, message);
        var history = await alice.HistoryAsync(session);
        AssertDescribes(png, history["items"]!.AsArray().Single(item => item!["id"]!.GetValue<string>() == message.Id())!.AsObject());
        var live = await bobSocket.WaitForAsync(frame => frame.Str("id") == message.Id());
        AssertDescribes(png, live);
        Assert.Equal(message["attachments"]!.ToJsonString(), live["attachments"]!.ToJsonString());

        var viaUrl = await bob.Http.GetAsync(message["attachments"]![0]!["url"]!.GetValue<string>());
        Assert.Equal(AttachmentsApi.TinyPng, await viaUrl.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_file_message_sent_over_the_websocket_carries_its_attachment_to_the_other_participant()
    {
        var alice = await TestUser.RegisterAsync(platform, "ws-sender");
        var bob = await TestUser.RegisterAsync(platform, "ws-viewer");
        var session = (await alice.CreateSessionAsync("Socket files", "group", bob.Id)).Id();
        var pdf = await alice.UploadBytesAsync(session, "%PDF-1.7\n%%EOF\n"u8.ToArray(), "spec.pdf", "application/pdf").UploadedAsync();
        await using var aliceSocket = await platform.ConnectAsync(PresenceClient.SessionSocket(session, alice));
        await using var bobSocket = await platform.ConnectAsync(PresenceClient.SessionSocket(session, bob));
        await bobSocket.PingAsync();

        await aliceSocket.SendAsync(new { message_type = "file", content = "the spec", client_message_id = "file-1", attachment_ids = new[] { pdf.Id() } });

        await aliceSocket.WaitForAckAsync("file-1");
        var live = await bobSocket.WaitForMessageAsync("the spec");
        Assert.Equal("file", live.Type());
        AssertDescribes(pdf, live);
    }

    [Fact]
    public async Task Attachment_ids_of_another_session_or_another_uploader_or_unknown_are_400_over_rest_and_refused_over_the_websocket()
    {
        var alice = await TestUser.RegisterAsync(platform, "a");
        var bob = await TestUser.RegisterAsync(platform, "b");
        var shared = (await alice.CreateSessionAsync("Shared", "group", bob.Id)).Id();
        var elsewhere = (await alice.CreateSessionAsync("Elsewhere")).Id();
        var foreign = await alice.UploadBytesAsync(elsewhere, "from elsewhere"u8.ToArray(), "x.txt", "text/plain").UploadedAsync();
        var bobs = await bob.UploadBytesAsync(shared, "bob's"u8.ToArray(), "b.txt", "text/plain").UploadedAsync();

        foreach (var id in new[] { foreign.Id(), bobs.Id(), Guid.CreateVersion7().ToString() })
        {
            var response = await alice.PostMessageAsync(shared, new { message_type = "file", content = "", attachment_ids = new[] { id } });
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
            Assert.NotNull(problem["errors"]!["attachment_ids"]);
        }

        await using var socket = await platform.ConnectAsync(PresenceClient.SessionSocket(shared, alice));
        await socket.SendAsync(new { message_type = "file", content = "", client_message_id = "foreign-1", attachment_ids = new[] { foreign.Id() } });
        var error = await socket.WaitForTypeAsync("error");
        Assert.Equal(("validation_failed", "foreign-1"), (error.Str("code"), error.Str("client_message_id")));
        Assert.DoesNotContain((await alice.HistoryAsync(shared))["items"]!.AsArray(), item => item!["message_type"]!.GetValue<string>() == "file");
    }

    [Fact]
    public async Task An_image_message_needs_an_image_attachment_and_a_file_message_needs_an_attachment()
    {
        var alice = await TestUser.RegisterAsync(platform, "rules");
        var session = (await alice.CreateSessionAsync("Rules")).Id();
        var text = await alice.UploadBytesAsync(session, "plain"u8.ToArray(), "a.txt", "text/plain").UploadedAsync();

        var imageOfText = await alice.PostMessageAsync(session, new { message_type = "image", content = "", attachment_ids = new[] { text.Id() } });
        var fileWithout = await alice.PostMessageAsync(session, new { message_type = "file", content = "see attached" });
        var fileWith = await alice.PostMessageAsync(session, new { message_type = "file", content = "", attachment_ids = new[] { text.Id() } });

        Assert.NotNull((await ProblemAssert.IsProblemAsync(imageOfText, HttpStatusCode.BadRequest, "validation_failed"))["errors"]!["attachment_ids"]);
        Assert.NotNull((await ProblemAssert.IsProblemAsync(fileWithout, HttpStatusCode.BadRequest, "validation_failed"))["errors"]!["attachment_ids"]);
        Assert.Equal(HttpStatusCode.Created, fileWith.StatusCode);
    }

    private static void AssertDescribes(JsonObject uploaded, JsonObject message)
    {
        var attachment = Assert.Single(message["attachments"]!.AsArray())!.AsObject();
        Assert.Equal(AttachmentsApi.MessageAttachmentFields.Order(), attachment.Select(p => p.Key).Order());
        Assert.Equal(uploaded.Id(), attachment.Id());
        foreach (var field in new[] { "file_name", "content_type", "sha256" })
        {
            Assert.Equal(uploaded[field]!.GetValue<string>(), attachment[field]!.GetValue<string>());
        }
        Assert.Equal(uploaded["size"]!.GetValue<long>(), attachment["size"]!.GetValue<long>());
        Assert.Equal(AttachmentsApi.DownloadPath(uploaded.Id()), attachment["url"]!.GetValue<string>());
    }
}
