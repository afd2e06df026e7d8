using ChatPlatform.Tests.Shared;
using System.Text.Json;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Application.Editing;
using ChatPlatform.Messages.Application.History;
using ChatPlatform.Messages.Application.Reactions;
using ChatPlatform.Messages.Application.Search;
using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Application.Summaries;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;
using ChatPlatform.Messages.Tests.Infrastructure;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.Messages.Tests.Functional;

/// <summary>Content policy, edits, deletes, reactions, mentions and search on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RichMessagingTests(PostgresServer server) : IAsyncLifetime
{
    private MessagesHost _host = null!;

    public async Task InitializeAsync() => _host = await MessagesHost.StartAsync(server, new ContentPolicyOptions
    {
        MaxLength = 100,
        BannedTerms = [new() { Term = "badword", Action = "reject" }, new() { Term = "heck", Action = "mask" }],
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<SendResult> SendAsync(Guid sessionId, Guid userId, string content) => _host.InScopeAsync(services =>
        services.GetRequiredService<MessageSender>().SendAsync(sessionId, userId, new MessageDraft("text", content, null, null, null, null), null, CancellationToken.None));

    private Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work) => _host.InScopeAsync(work);

    private Task<List<OutboxMessage>> OutboxAsync<TEvent>() => InScope(services => services.GetRequiredService<MessagesDbContext>()
        .OutboxMessages.Where(o => o.Type == OutboxTypeName.Of(typeof(TEvent))).ToListAsync());

    [Fact]
    public async Task Sends_obey_the_configured_length_reject_and_mask_terms()
    {
        var user = Guid.NewGuid();
        var session = await _host.CreateSessionAsync(user);

        var rejected = await SendAsync(session, user, "a BadWord here");
        var tooLong = await SendAsync(session, user, new string('x', 101));
        var masked = await SendAsync(session, user, "what the heck, Heck!");

        Assert.Equal(["contains a banned term"], rejected.Errors!["content"]);
        Assert.Equal(ErrorCode.ValidationFailed, tooLong.Code);
        Assert.Equal("what the ****, ****!", masked.Message!.Content);
        Assert.Equal(1, await InScope(services => services.GetRequiredService<MessagesDbContext>().Messages.CountAsync(m => m.ChatSessionId == session)));
    }

    [Fact]
    public async Task An_edit_keeps_history_sets_edited_at_and_adds_an_event_message_with_the_next_seq_and_both_events()
    {
        var (author, other) = (Guid.NewGuid(), Guid.NewGuid());
        var session = await _host.CreateSessionAsync(author, other);
        var sent = (await SendAsync(session, author, "draft")).Message!;

        var byOther = await InScope(services => services.GetRequiredService<MessageEditor>().EditAsync(sent.Id, other, false, "x", null, CancellationToken.None));
        var edited = await InScope(services => services.GetRequiredService<MessageEditor>().EditAsync(sent.Id, author, false, "final heck", null, CancellationToken.None));
        var banned = await InScope(services => services.GetRequiredService<MessageEditor>().EditAsync(sent.Id, author, false, "badword", null, CancellationToken.None));

        Assert.Equal(ErrorCode.Forbidden, byOther.Code);
        Assert.Equal(ErrorCode.ValidationFailed, banned.Code);
        Assert.Equal(("final ****", 1L), (edited.Message!.Content, edited.Message.Seq));
        Assert.NotNull(edited.Message.EditedAt);
        var history = await InScope(services => services.GetRequiredService<MessagesDbContext>().MessageEdits.Where(e => e.MessageId == sent.Id).ToListAsync());
        Assert.Equal([("draft", "final ****")], history.Select(e => (e.PreviousContent, e.Content)));
        var messages = await InScope(services => services.GetRequiredService<HistoryReader>().ReadAsync(session, other, new HistoryQuery(50, null, 0), CancellationToken.None));
        var update = messages.Items[1];
        Assert.Equal((2L, MessageTypes.System, ""), (update.Seq, update.MessageType, update.Content));
        using var metadata = JsonDocument.Parse(update.MetadataJson!);
        Assert.Equal(("message_updated", sent.Id.ToString(), "final ****"), (metadata.RootElement.GetProperty("event").GetString(),
            metadata.RootElement.GetProperty("message_id").GetString(), metadata.RootElement.GetProperty("content").GetString()));
        Assert.Single(await OutboxAsync<MessageEdited>());
        Assert.Equal(2, (await OutboxAsync<MessagePosted>()).Count(o => o.Payload.Contains(session.ToString())));
        var summary = await InScope(services => services.GetRequiredService<SummaryReader>().ReadAsync(other, [session], CancellationToken.None));
        Assert.Equal((1L, sent.Id), (summary[session].UnreadCount, summary[session].LastMessage!.Id));
    }

    [Fact]
    public async Task Edits_deletes_and_reactions_each_leave_a_span_with_the_message_and_the_outcome()
    {
        var (author, other) = (Guid.NewGuid(), Guid.NewGuid());
        var session = await _host.CreateSessionAsync(author, other);
        var sent = (await SendAsync(session, author, "traced")).Message!;
        using var spans = new SpanRecorder(MessagesTracing.SourceName);

        await InScope(services => services.GetRequiredService<MessageEditor>().EditAsync(sent.Id, other, false, "x", null, CancellationToken.None));
        await InScope(services => services.GetRequiredService<MessageEditor>().EditAsync(sent.Id, author, false, "traced again", null, CancellationToken.None));
        await InScope(services => services.GetRequiredService<ReactionService>().AddAsync(sent.Id, other, false, "👍", null, CancellationToken.None));
        await InScope(services => services.GetRequiredService<MessageDeleter>().DeleteAsync(sent.Id, author, false, null, CancellationToken.None));

        Assert.Equal(["forbidden", "done"], spans.Named("edit message").Where(Names(sent.Id)).Select(span => span.GetTagItem("chat.outcome")));
        Assert.Single(spans.Named("add reaction"), span => Names(sent.Id)(span));
        Assert.Single(spans.Named("delete message"), span => Names(sent.Id)(span));
    }

    private static Func<System.Diagnostics.Activity, bool> Names(Guid messageId) => span => Equals(span.GetTagItem("chat.message_id"), messageId);

    [Fact]
    public async Task Delete_by_the_author_or_an_admin_leaves_a_tombstone_once_and_others_are_forbidden()
    {
        var (author, other, admin) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var session = await _host.CreateSessionAsync(author, other);
        var first = (await SendAsync(session, author, "one")).Message!;
        var second = (await SendAsync(session, author, "two")).Message!;

        var byOther = await InScope(services => services.GetRequiredService<MessageDeleter>().DeleteAsync(first.Id, other, false, null, CancellationToken.None));
        var byAuthor = await InScope(services => services.GetRequiredService<MessageDeleter>().DeleteAsync(first.Id, author, false, null, CancellationToken.None));
        var again = await InScope(services => services.GetRequiredService<MessageDeleter>().DeleteAsync(first.Id, author, false, null, CancellationToken.None));
        var byAdmin = await InScope(services => services.GetRequiredService<MessageDeleter>().DeleteAsync(second.Id, admin, true, null, CancellationToken.None));

        Assert.Equal(ErrorCode.Forbidden, byOther.Code);
        Assert.Equal((true, "", true), (byAuthor.Message!.Deleted, byAuthor.Message.Content, byAuthor.Changed));
        Assert.False(again.Changed);
        Assert.Equal((byAuthor.Message.Id, byAuthor.Message.Seq, true), (again.Message!.Id, again.Message.Seq, again.Message.Deleted));
        Assert.True(byAdmin.Message!.Deleted);
        Assert.Equal(2, (await OutboxAsync<MessageDeleted>()).Count);
        var seqs = await InScope(services => services.GetRequiredService<MessagesDbContext>().Messages
            .Where(m => m.ChatSessionId == session).OrderBy(m => m.Seq).Select(m => m.Seq).ToListAsync());
        Assert.Equal([1L, 2L, 3L, 4L], seqs);
    }

    [Fact]
    public async Task Reactions_count_per_emoji_add_once_per_user_and_publish_the_full_counts()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var session = await _host.CreateSessionAsync(a, b);
        var message = (await SendAsync(session, a, "react")).Message!;
        Task<MessageOutcome> React(Guid user, string emoji, bool add = true) => InScope(services => add
            ? services.GetRequiredService<ReactionService>().AddAsync(message.Id, user, false, emoji, null, CancellationToken.None)
            : services.GetRequiredService<ReactionService>().RemoveAsync(message.Id, user, false, emoji, null, CancellationToken.None));

        Assert.True((await React(a, "👍")).Changed);
        Assert.False((await React(a, "👍")).Changed);
        Assert.True((await React(b, "👍")).Changed);
        Assert.True((await React(b, "🎉")).Changed);
        Assert.True((await React(b, "🎉", add: false)).Changed);
        Assert.False((await React(b, "🎉", add: false)).Changed);
        Assert.Equal(ErrorCode.NotFound, (await React(Guid.NewGuid(), "👍")).Code);

        var counts = await InScope(services => services.GetRequiredService<ReactionReader>().CountsAsync(message.Id, CancellationToken.None));
        Assert.Equal(new Dictionary<string, int> { ["👍"] = 2 }, counts);
        var events = (await OutboxAsync<ReactionChanged>()).Select(o => JsonSerializer.Deserialize<ReactionChanged>(o.Payload)!).OrderBy(e => e.OccurredAt).ToList();
        Assert.Equal(4, events.Count);
        Assert.Equal((false, 0), (events[^1].Added, events[^1].Counts.GetValueOrDefault("🎉")));
        Assert.Equal(2, events[^1].Counts["👍"]);
    }

    [Fact]
    public async Task A_history_page_carries_each_messages_reaction_counts_as_the_reaction_reader_gives_them()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var session = await _host.CreateSessionAsync(a, b);
        var plain = (await SendAsync(session, a, "nobody reacts")).Message!;
        var popular = (await SendAsync(session, a, "everybody reacts")).Message!;
        foreach (var (user, emoji) in new[] { (a, "🎉"), (b, "🎉"), (b, "👍"), (a, "\uE000"), (b, "A") })
        {
            await InScope(services => services.GetRequiredService<ReactionService>().AddAsync(popular.Id, user, false, emoji, null, CancellationToken.None));
        }

        var page = await InScope(services => services.GetRequiredService<HistoryReader>().ReadAsync(session, b, new HistoryQuery(50, null, null), CancellationToken.None));
        var expected = await InScope(services => services.GetRequiredService<ReactionReader>().CountsAsync(popular.Id, CancellationToken.None));

        Assert.Equal([popular.Id, plain.Id], page.Items.Select(m => m.Id));
        Assert.Equal(expected.ToList(), page.Reactions[popular.Id].ToList());
        Assert.Equal(["A", "🎉", "👍", "\uE000"], page.Reactions[popular.Id].Keys);
        Assert.False(page.Reactions.ContainsKey(plain.Id));
    }

    [Fact]
    public async Task Mentions_resolve_participants_by_email_and_name_and_count_as_unread_mentions()
    {
        var (alice, bob, outsider) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await InScope(async services =>
        {
            var users = services.GetRequiredService<UserDirectory>();
            await users.UpsertAsync(bob, "bob@example.test", "Bob Builder", CancellationToken.None);
            await users.UpsertAsync(outsider, "out@example.test", "Outsider", CancellationToken.None);
            return true;
        });
        var session = await _host.CreateSessionAsync(alice, bob);

        var byEmail = (await SendAsync(session, alice, "hey @BOB@example.test and @outsider")).Message!;
        var byName = (await SendAsync(session, alice, "cc @bobbuilder.")).Message!;
        await SendAsync(session, alice, "no mention");

        Assert.Equal([bob], byEmail.Mentions);
        Assert.Equal([bob], byName.Mentions);
        var summary = await InScope(services => services.GetRequiredService<SummaryReader>().ReadAsync(bob, [session], CancellationToken.None));
        Assert.Equal((3L, 2L), (summary[session].UnreadCount, summary[session].UnreadMentionCount));
    }

    [Fact]
    public async Task Search_finds_words_in_readable_undeleted_messages_newest_first_and_pages()
    {
        var (me, stranger) = (Guid.NewGuid(), Guid.NewGuid());
        var mine = await _host.CreateSessionAsync(me);
        var theirs = await _host.CreateSessionAsync(stranger);
        var older = (await SendAsync(mine, me, "Apple pie recipe")).Message!;
        var newer = (await SendAsync(mine, me, "another apple")).Message!;
        var deleted = (await SendAsync(mine, me, "apple to delete")).Message!;
        await SendAsync(mine, me, "pears only");
        await SendAsync(theirs, stranger, "secret apple");
        await InScope(services => services.GetRequiredService<MessageDeleter>().DeleteAsync(deleted.Id, me, false, null, CancellationToken.None));

        Task<(IReadOnlyList<ChatMessage> Items, string? NextCursor)> Search(string q, int limit = 50, Guid? before = null, bool admin = false) =>
            InScope(services => services.GetRequiredService<SearchReader>().SearchAsync(me, admin, new SearchQuery(q, null, limit, before), CancellationToken.None));

        Assert.Equal([newer.Id, older.Id], (await Search("APPLE")).Items.Select(m => m.Id));
        var page = await Search("apple", limit: 1);
        Assert.Equal([newer.Id], page.Items.Select(m => m.Id));
        Assert.Equal([older.Id], (await Search("apple", 1, Guid.Parse(page.NextCursor!))).Items.Select(m => m.Id));
        Assert.Equal([older.Id], (await Search("apple pie")).Items.Select(m => m.Id));
        Assert.Equal(3, (await Search("apple", admin: true)).Items.Count);
    }
}
