using System.Net.Http.Headers;
using System.Net.WebSockets;
using ChatPlatform.EndToEnd.Tests.Attachments;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Support;

namespace ChatPlatform.EndToEnd.Tests.Contract;

/// <summary>
/// Every operation of the served <c>/openapi.json</c>, called through the gateway at least once successfully and once
/// with an error, each real answer checked against the document (<see cref="OpenApiContract"/>). Fails listing every
/// mismatch and every operation left unexercised.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ContractTests(PlatformFixture platform)
{
    /// <summary>Operations no client can make fail: only the gateway's own 429/503/504 could, and those are not provoked here.</summary>
    private static readonly HashSet<string> CannotFail = ["GET /.well-known/openid-configuration", "GET /.well-known/jwks.json"];

    private const string Sessions = "/api/v1/chat/sessions";
    private const string Session = "/api/v1/chat/sessions/{id}";
    private static readonly string Missing = Guid.NewGuid().ToString();

    [Fact]
    public async Task Every_operation_answers_as_the_document_says()
    {
        var document = JsonNode.Parse(await ServedDocument.GetCompleteAsync(platform))!.AsObject();
        var contract = new OpenApiContract(document);
        var anonymous = new ContractCaller(contract, platform.CreateClient());
        var owner = await TestUser.RegisterAsync(platform, "contract-owner");
        var member = await TestUser.RegisterAsync(platform, "contract-member");
        var a = new ContractCaller(contract, owner.Http);
        var b = new ContractCaller(contract, member.Http);
        var admin = new ContractCaller(contract, (await platform.AdminAsync()).Http);

        try
        {
            await IdentityAsync(anonymous, a, admin, owner, member);
            var session = await SessionsAsync(a, b, owner, member);
            await SupportAsync(contract, a, admin, owner);
            var message = await MessagesAsync(a, b, session);
            await AttachmentsAsync(a, b, session);
            await PresenceAsync(contract, a, admin, owner, session);
            await ModerationAsync(a, b, admin, member, message);
        }
        catch (Exception exception) when (contract.Mismatches.Count > 0)
        {
            throw new InvalidOperationException(
                $"A step failed ({exception.Message}); before it, {contract.Mismatches.Count} answers differed from /openapi.json:\n" +
                string.Join("\n", contract.Mismatches), exception);
        }

        var unexercised = contract.Unanswered(problem: false).Select(op => $"{op}: never answered successfully")
            .Concat(contract.Unanswered(problem: true).Where(op => !CannotFail.Contains(op)).Select(op => $"{op}: never answered with an error"))
            .ToList();
        Assert.True(contract.Mismatches.Count == 0 && unexercised.Count == 0,
            $"{contract.Mismatches.Count} answers differ from /openapi.json:\n{string.Join("\n", contract.Mismatches)}\n" +
            $"{unexercised.Count} operations not exercised:\n{string.Join("\n", unexercised)}");
    }

    private async Task IdentityAsync(ContractCaller anonymous, ContractCaller a, ContractCaller admin, TestUser owner, TestUser member)
    {
        const string register = "/api/v1/auth/register", login = "/api/v1/auth/login", refresh = "/api/v1/auth/refresh";
        var email = $"contract-{Guid.NewGuid():N}@example.test";
        await anonymous.PostAsync(register, register, new { email, password = "correct-horse-battery", display_name = "Contract" }).IsAsync(HttpStatusCode.Created);
        await anonymous.PostAsync(register, register, new { email, password = "correct-horse-battery", display_name = "Contract" }).IsAsync(HttpStatusCode.Conflict);
        await anonymous.PostAsync(register, register, new { email = "not-an-address" }).IsAsync(HttpStatusCode.BadRequest);

        var tokens = await anonymous.PostAsync(login, login, new { email, password = "correct-horse-battery" }).IsAsync(HttpStatusCode.OK);
        await anonymous.PostAsync(login, login, new { email, password = "wrong-password-1" }).IsAsync(HttpStatusCode.Unauthorized);
        await anonymous.PostAsync(refresh, refresh, new { refresh_token = tokens.Id("refresh_token") }).IsAsync(HttpStatusCode.OK);
        await anonymous.PostAsync(refresh, refresh, new { refresh_token = "not-a-token" }).IsAsync(HttpStatusCode.Unauthorized);

        await a.GetAsync("/api/v1/auth/me", "/api/v1/auth/me").IsAsync(HttpStatusCode.OK);
        await anonymous.GetAsync("/api/v1/auth/me", "/api/v1/auth/me").IsAsync(HttpStatusCode.Unauthorized);
        await a.GetAsync("/api/v1/auth/users/{id}", $"/api/v1/auth/users/{member.Id}").IsAsync(HttpStatusCode.OK);
        await a.GetAsync("/api/v1/auth/users/{id}", $"/api/v1/auth/users/{Missing}").IsAsync(HttpStatusCode.NotFound);
        const string roles = "/api/v1/auth/users/{id}/roles";
        await admin.PutAsync(roles, $"/api/v1/auth/users/{member.Id}/roles", new { roles = new[] { "user" } }).IsAsync(HttpStatusCode.OK);
        await a.PutAsync(roles, $"/api/v1/auth/users/{member.Id}/roles", new { roles = new[] { "admin" } }).IsAsync(HttpStatusCode.Forbidden);

        const string users = "/api/v1/users";
        await a.GetAsync(users, $"{users}?q=contract&limit=5").IsAsync(HttpStatusCode.OK);
        await a.GetAsync(users, $"{users}?q=x").IsAsync(HttpStatusCode.BadRequest);

        await anonymous.GetAsync("/.well-known/openid-configuration", "/.well-known/openid-configuration").IsAsync(HttpStatusCode.OK);
        await anonymous.GetAsync("/.well-known/jwks.json", "/.well-known/jwks.json").IsAsync(HttpStatusCode.OK);
    }

    private async Task<string> SessionsAsync(ContractCaller a, ContractCaller b, TestUser owner, TestUser member)
    {
        var third = await TestUser.RegisterAsync(platform, "contract-third");
        var session = await a.PostAsync(Sessions, Sessions, new { title = "Contract", kind = "group", participant_ids = new[] { member.Id } })
            .IsAsync(HttpStatusCode.Created);
        var id = session.Id();
        await a.PostAsync(Sessions, Sessions, new { kind = "group" }).IsAsync(HttpStatusCode.BadRequest);
        await a.GetAsync(Sessions, Sessions + "?limit=5").IsAsync(HttpStatusCode.OK);
        await a.GetAsync(Sessions, Sessions + "?limit=0").IsAsync(HttpStatusCode.BadRequest);
        await a.GetAsync(Session, $"{Sessions}/{id}").IsAsync(HttpStatusCode.OK);
        await a.GetAsync(Session, $"{Sessions}/{Missing}").IsAsync(HttpStatusCode.NotFound);

        const string participants = Session + "/participants";
        await a.GetAsync(participants, $"{Sessions}/{id}/participants").IsAsync(HttpStatusCode.OK);
        await a.GetAsync(participants, $"{Sessions}/{Missing}/participants").IsAsync(HttpStatusCode.NotFound);
        await a.PostAsync(participants, $"{Sessions}/{id}/participants", new { user_id = third.Id }).IsAsync(HttpStatusCode.Created);
        await a.PostAsync(participants, $"{Sessions}/{id}/participants", new { }).IsAsync(HttpStatusCode.BadRequest);
        const string participant = participants + "/{user_id}";
        await a.DeleteAsync(participant, $"{Sessions}/{id}/participants/{third.Id}").IsAsync(HttpStatusCode.NoContent);
        await a.DeleteAsync(participant, $"{Sessions}/{Missing}/participants/{third.Id}").IsAsync(HttpStatusCode.NotFound);

        var closing = await a.PostAsync(Sessions, Sessions, new { title = "To close", kind = "group" }).IsAsync(HttpStatusCode.Created);
        await a.PostAsync(Session + "/close", $"{Sessions}/{closing.Id()}/close", new { feedback = new { rating = 9 } }).IsAsync(HttpStatusCode.BadRequest);
        await a.PostAsync(Session + "/close", $"{Sessions}/{closing.Id()}/close", new { feedback = new { rating = 5, comment = "fine" } }).IsAsync(HttpStatusCode.OK);

        const string rooms = "/api/v1/chat/rooms";
        var room = await a.PostAsync(rooms, rooms, new { name = "contract-room", description = "for the contract test" }).IsAsync(HttpStatusCode.Created);
        await a.PostAsync(rooms, rooms, new { description = "no name" }).IsAsync(HttpStatusCode.BadRequest);
        await a.GetAsync(rooms, rooms).IsAsync(HttpStatusCode.OK);
        await a.GetAsync(rooms, rooms + "?cursor=%25%25").IsAsync(HttpStatusCode.BadRequest);
        await b.PostAsync(rooms + "/{id}/join", $"{rooms}/{room.Id()}/join").IsAsync(HttpStatusCode.OK);
        await b.PostAsync(rooms + "/{id}/join", $"{rooms}/{Missing}/join").IsAsync(HttpStatusCode.NotFound);

        const string preferences = "/api/v1/chat/notification-preferences";
        var current = await a.GetAsync(preferences, preferences).IsAsync(HttpStatusCode.OK);
        await new ContractCaller(ContractOf(a), platform.CreateClient()).GetAsync(preferences, preferences).IsAsync(HttpStatusCode.Unauthorized);
        await a.PutAsync(preferences, preferences, current).IsAsync(HttpStatusCode.OK);
        await a.PutAsync(preferences, preferences, new { mentions_only = "sometimes" }).IsAsync(HttpStatusCode.BadRequest);
        return id;
    }

    private async Task SupportAsync(OpenApiContract contract, ContractCaller a, ContractCaller admin, TestUser owner)
    {
        var agentUser = await platform.NewAgentAsync("contract-agent");
        var otherAgent = await platform.NewAgentAsync("contract-agent2");
        var agent = new ContractCaller(contract, agentUser.Http);
        var support = await a.PostAsync(Sessions, Sessions, new { title = "Help", kind = "support" }).IsAsync(HttpStatusCode.Created);
        var id = support.Id();

        const string queue = "/api/v1/chat/support/queue";
        await agent.GetAsync(queue, queue).IsAsync(HttpStatusCode.OK);
        await a.GetAsync(queue, queue).IsAsync(HttpStatusCode.Forbidden);
        await a.PostAsync(Session + "/accept", $"{Sessions}/{id}/accept").IsAsync(HttpStatusCode.Forbidden);
        var accepted = await agent.PostAsync(Session + "/accept", $"{Sessions}/{id}/accept");
        Assert.True(accepted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"accept: {(int)accepted.StatusCode}");
        if (accepted.StatusCode == HttpStatusCode.Conflict)
        {
            // Routing may have assigned the session to an agent already; the seeded admin can hand it to ours.
            await admin.PostAsync(Session + "/transfer", $"{Sessions}/{id}/transfer", new { agent_id = agentUser.Id });
        }
        await agent.PostAsync(Session + "/transfer", $"{Sessions}/{id}/transfer", new { }).IsAsync(HttpStatusCode.BadRequest);
        await MessagesApi.EventuallyAsync(async () =>
        {
            var transfer = await agent.PostAsync(Session + "/transfer", $"{Sessions}/{id}/transfer", new { agent_id = otherAgent.Id });
            return transfer.StatusCode == HttpStatusCode.OK ? transfer : null;
        }, "the transfer to a freshly promoted agent");

        const string stats = "/api/v1/chat/support/stats";
        await admin.GetAsync(stats, $"{stats}?days=30").IsAsync(HttpStatusCode.OK);
        await admin.GetAsync(stats, $"{stats}?days=0").IsAsync(HttpStatusCode.BadRequest);

        const string canned = "/api/v1/chat/canned-responses";
        var helper = new ContractCaller(contract, otherAgent.Http);
        var created = await helper.PostAsync(canned, canned, new { title = "Hi", shortcut = "hi", content = "Hello {{customer_name}}" }).IsAsync(HttpStatusCode.Created);
        await helper.PostAsync(canned, canned, new { title = "No shortcut" }).IsAsync(HttpStatusCode.BadRequest);
        await helper.GetAsync(canned, canned).IsAsync(HttpStatusCode.OK);
        await a.GetAsync(canned, canned).IsAsync(HttpStatusCode.Forbidden);
        await helper.PutAsync(canned + "/{id}", $"{canned}/{created.Id()}", new { title = "Hi!", shortcut = "hi", content = "Hello again" }).IsAsync(HttpStatusCode.OK);
        await helper.PutAsync(canned + "/{id}", $"{canned}/{Missing}", new { title = "Hi!", shortcut = "hi", content = "Hello" }).IsAsync(HttpStatusCode.NotFound);
        await helper.PostAsync(canned + "/{id}/render", $"{canned}/{created.Id()}/render", new { session_id = id }).IsAsync(HttpStatusCode.OK);
        await helper.PostAsync(canned + "/{id}/render", $"{canned}/{created.Id()}/render", new { }).IsAsync(HttpStatusCode.BadRequest);
        await helper.DeleteAsync(canned + "/{id}", $"{canned}/{created.Id()}").IsAsync(HttpStatusCode.NoContent);
        await helper.DeleteAsync(canned + "/{id}", $"{canned}/{created.Id()}").IsAsync(HttpStatusCode.NotFound);
    }

    private static async Task<string> MessagesAsync(ContractCaller a, ContractCaller b, string session)
    {
        const string messages = Session + "/messages";
        var path = $"{Sessions}/{session}/messages";
        var sent = await a.PostAsync(messages, path, new { message_type = "text", content = "Hello contract", client_message_id = Guid.NewGuid().ToString(), metadata = new { topic = "contract" } })
            .IsAsync(HttpStatusCode.Created);
        await b.PostAsync(messages, path, new { message_type = "text", content = "Reply", reply_to_id = sent.Id() }).IsAsync(HttpStatusCode.Created);
        await a.PostAsync(messages, path, new { content = "no type" }).IsAsync(HttpStatusCode.BadRequest);
        await a.PostAsync(messages, $"{Sessions}/{Missing}/messages", new { message_type = "text", content = "nowhere" }).IsAsync(HttpStatusCode.NotFound);
        await a.GetAsync(messages, path + "?limit=10").IsAsync(HttpStatusCode.OK);
        await a.GetAsync(messages, path + "?after_seq=0").IsAsync(HttpStatusCode.OK);
        await a.GetAsync(messages, path + "?before_seq=abc").IsAsync(HttpStatusCode.BadRequest);

        var markRead = Session + "/mark-read";
        await b.PostAsync(markRead, $"{Sessions}/{session}/mark-read", new { up_to_message_id = sent.Id() }).IsAsync(HttpStatusCode.OK);
        await b.PostAsync(markRead, $"{Sessions}/{session}/mark-read", new { up_to_seq = 1 }).IsAsync(HttpStatusCode.OK);
        await b.PostAsync(markRead, $"{Sessions}/{session}/mark-read", new { }).IsAsync(HttpStatusCode.BadRequest);
        var readCursors = Session + "/read-cursors";
        await a.GetAsync(readCursors, $"{Sessions}/{session}/read-cursors?limit=10").IsAsync(HttpStatusCode.OK);
        await a.GetAsync(readCursors, $"{Sessions}/{Missing}/read-cursors").IsAsync(HttpStatusCode.NotFound);

        const string message = "/api/v1/chat/messages/{id}";
        var extra = await a.PostAsync(messages, path, new { message_type = "text", content = "to delete" }).IsAsync(HttpStatusCode.Created);
        await a.PatchAsync(message, $"/api/v1/chat/messages/{sent.Id()}", new { content = "Hello, edited" }).IsAsync(HttpStatusCode.OK);
        await b.PatchAsync(message, $"/api/v1/chat/messages/{sent.Id()}", new { content = "not mine" }).IsAsync(HttpStatusCode.Forbidden);
        await a.DeleteAsync(message, $"/api/v1/chat/messages/{extra.Id()}").IsAsync(HttpStatusCode.OK);
        await a.DeleteAsync(message, $"/api/v1/chat/messages/{Missing}").IsAsync(HttpStatusCode.NotFound);
        await b.PostAsync(message + "/reactions", $"/api/v1/chat/messages/{sent.Id()}/reactions", new { emoji = "👍" }).IsAsync(HttpStatusCode.Created);
        await b.PostAsync(message + "/reactions", $"/api/v1/chat/messages/{sent.Id()}/reactions", new { emoji = "" }).IsAsync(HttpStatusCode.BadRequest);
        var thumbs = Uri.EscapeDataString("👍");
        await b.DeleteAsync(message + "/reactions/{emoji}", $"/api/v1/chat/messages/{sent.Id()}/reactions/{thumbs}").IsAsync(HttpStatusCode.OK);
        await b.DeleteAsync(message + "/reactions/{emoji}", $"/api/v1/chat/messages/{Missing}/reactions/{thumbs}").IsAsync(HttpStatusCode.NotFound);

        const string search = "/api/v1/chat/search";
        await MessagesApi.EventuallyAsync(async () =>
        {
            var found = await a.GetAsync(search, $"{search}?q=edited&session_id={session}").IsAsync(HttpStatusCode.OK);
            return found["items"]!.AsArray().Count > 0 ? found : null;
        }, "the edited message to be searchable");
        await a.GetAsync(search, search).IsAsync(HttpStatusCode.BadRequest);
        return sent.Id();
    }

    private static async Task AttachmentsAsync(ContractCaller a, ContractCaller b, string session)
    {
        const string upload = Session + "/attachments", download = "/api/v1/chat/attachments/{id}";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(AttachmentsApi.TinyPng);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "pixel.png");
        var stored = await a.SendAsync(HttpMethod.Post, upload, $"{Sessions}/{session}/attachments", content: form).IsAsync(HttpStatusCode.Created);
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        await a.SendAsync(HttpMethod.Post, upload, $"{Sessions}/{session}/attachments", content: empty).IsAsync(HttpStatusCode.BadRequest);

        await b.GetAsync(download, $"/api/v1/chat/attachments/{stored.Id()}");
        await b.SendAsync(HttpMethod.Get, download, $"/api/v1/chat/attachments/{stored.Id()}", headers: h => h.Range = new RangeHeaderValue(0, 7)).IsAsync(HttpStatusCode.PartialContent);
        await b.GetAsync(download, $"/api/v1/chat/attachments/{Missing}").IsAsync(HttpStatusCode.NotFound);
    }

    private async Task PresenceAsync(OpenApiContract contract, ContractCaller a, ContractCaller admin, TestUser owner, string session)
    {
        const string one = "/api/v1/chat/ws/{session_id}", all = "/api/v1/chat/ws";
        foreach (var (template, path) in new[] { (one, $"/api/v1/chat/ws/{session}?since_seq=0"), (all, "/api/v1/chat/ws") })
        {
            using var socket = new ClientWebSocket();
            var separator = path.Contains('?') ? '&' : '?';
            await socket.ConnectAsync(platform.WebSocketUri($"{path}{separator}token={owner.AccessToken}"), CancellationToken.None);
            contract.CheckUpgrade(template);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        await a.GetAsync(one, $"/api/v1/chat/ws/{Missing}").IsAsync(HttpStatusCode.NotFound);
        await a.GetAsync(all, all).IsAsync(HttpStatusCode.BadRequest);

        await admin.GetAsync("/api/v1/chat/ws-stats", "/api/v1/chat/ws-stats").IsAsync(HttpStatusCode.OK);
        await a.GetAsync("/api/v1/chat/ws-stats", "/api/v1/chat/ws-stats").IsAsync(HttpStatusCode.Forbidden);
        await a.GetAsync("/api/v1/chat/presence", $"/api/v1/chat/presence?user_ids={owner.Id}").IsAsync(HttpStatusCode.OK);
        await a.GetAsync("/api/v1/chat/presence", "/api/v1/chat/presence").IsAsync(HttpStatusCode.BadRequest);
    }

    private static async Task ModerationAsync(ContractCaller a, ContractCaller b, ContractCaller admin, TestUser member, string message)
    {
        const string block = "/api/v1/chat/block", unblock = "/api/v1/chat/unblock", blocks = "/api/v1/chat/blocks";
        await a.PostAsync(block, block, new { user_id = member.Id }).IsAsync(HttpStatusCode.OK);
        await a.PostAsync(block, block, new { }).IsAsync(HttpStatusCode.BadRequest);
        await a.GetAsync(blocks, blocks).IsAsync(HttpStatusCode.OK);
        await a.GetAsync(blocks, blocks + "?limit=0").IsAsync(HttpStatusCode.BadRequest);
        await a.PostAsync(unblock, unblock, new { user_id = member.Id }).IsAsync(HttpStatusCode.OK);
        await a.PostAsync(unblock, unblock, new { }).IsAsync(HttpStatusCode.BadRequest);

        const string reports = "/api/v1/chat/reports";
        var report = await b.PostAsync(reports, reports, new { message_id = message, reason = "contract test" }).IsAsync(HttpStatusCode.Created);
        await b.PostAsync(reports, reports, new { reason = "no message" }).IsAsync(HttpStatusCode.BadRequest);
        await admin.GetAsync(reports, reports + "?status=open").IsAsync(HttpStatusCode.OK);
        await b.GetAsync(reports, reports).IsAsync(HttpStatusCode.Forbidden);
        await admin.PostAsync(reports + "/{id}/resolve", $"{reports}/{report.Id()}/resolve", new { resolution = "looked at it" }).IsAsync(HttpStatusCode.OK);
        await admin.PostAsync(reports + "/{id}/resolve", $"{reports}/{Missing}/resolve", new { resolution = "nothing" }).IsAsync(HttpStatusCode.NotFound);

        const string audit = "/api/v1/chat/audit-log";
        await admin.GetAsync(audit, $"{audit}?actor_id={member.Id}&limit=20").IsAsync(HttpStatusCode.OK);
        await b.GetAsync(audit, audit).IsAsync(HttpStatusCode.Forbidden);
    }

    private static OpenApiContract ContractOf(ContractCaller caller) => caller.Contract;
}
