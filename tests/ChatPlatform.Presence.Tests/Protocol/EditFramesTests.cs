using System.Text.Json;
using System.Text.Json.Nodes;
using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Frames;

namespace ChatPlatform.Presence.Tests.Protocol;

/// <summary>Event messages of edits and deletes become message_updated / message_deleted frames, live and from history alike.</summary>
public sealed class EditFramesTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 4, 5, 6, 7, 891, TimeSpan.Zero);
    private static readonly Guid Session = Guid.NewGuid();
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Edited = Guid.NewGuid();

    private static ChatMessage EventMessage(string metadata) =>
        new(Guid.NewGuid(), Session, Author, "system", "", "e-1", 9, At, null, false, null, [], [], metadata);

    private static JsonObject Read(byte[] payload) => JsonNode.Parse(payload)!.AsObject();

    /// <summary>The same event message as Messages' history returns it.</summary>
    private static JsonElement AsHistoryItem(ChatMessage message) => JsonDocument.Parse($$"""
        {"id":"{{message.Id}}","chat_session_id":"{{message.ChatSessionId}}","user_id":"{{message.UserId}}","message_type":"system",
         "content":"","client_message_id":"e-1","seq":{{message.Seq}},"timestamp":"2025-03-04T05:06:07.891Z","edited_at":null,
         "deleted":false,"reply_to_id":null,"mentions":[],"attachments":[],"metadata":{{message.MetadataJson}}}
        """).RootElement;

    [Fact]
    public void An_edit_event_becomes_a_message_updated_frame_with_the_event_seq()
    {
        var message = EventMessage($$"""{"event":"message_updated","message_id":"{{Edited}}","content":"new words","edited_at":"2025-03-04T05:06:08.000Z"}""");

        var frame = MessageFrames.FromContract(message);
        var json = Read(frame.Payload);

        Assert.Equal(["message_type", "chat_session_id", "id", "message_id", "content", "edited_at", "seq", "user_id"], json.Select(pair => pair.Key));
        Assert.Equal("message_updated", json["message_type"]!.GetValue<string>());
        Assert.Equal(Session.ToString(), json["chat_session_id"]!.GetValue<string>());
        Assert.Equal(Edited.ToString(), json["id"]!.GetValue<string>());
        Assert.Equal(Edited.ToString(), json["message_id"]!.GetValue<string>());
        Assert.Equal("new words", json["content"]!.GetValue<string>());
        Assert.Equal("2025-03-04T05:06:08.000Z", json["edited_at"]!.GetValue<string>());
        Assert.Equal(9, json["seq"]!.GetValue<long>());
        Assert.Equal(Author.ToString(), json["user_id"]!.GetValue<string>());
        Assert.Equal(9, frame.Seq);
        Assert.Equal(Author, frame.AuthorId);
    }

    [Fact]
    public void A_delete_event_becomes_a_message_deleted_frame()
    {
        var json = Read(MessageFrames.FromContract(EventMessage($$"""{"event":"message_deleted","message_id":"{{Edited}}"}""")).Payload);

        Assert.Equal(["message_type", "chat_session_id", "id", "message_id", "seq"], json.Select(pair => pair.Key));
        Assert.Equal("message_deleted", json["message_type"]!.GetValue<string>());
        Assert.Equal(Edited.ToString(), json["id"]!.GetValue<string>());
        Assert.Equal(9, json["seq"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("message_updated")]
    [InlineData("message_deleted")]
    public void A_replayed_event_is_the_same_frame_as_the_live_one(string kind)
    {
        var message = EventMessage($$"""{"event":"{{kind}}","message_id":"{{Edited}}","content":"x","edited_at":"2025-03-04T05:06:08.000Z"}""");

        var live = MessageFrames.FromContract(message);
        var replayed = MessageFrames.FromHistoryItem(AsHistoryItem(message));

        Assert.Equal(live.Payload, replayed.Payload);
        Assert.Equal(live.Seq, replayed.Seq);
        Assert.Equal(Author, replayed.AuthorId);
    }

    [Fact]
    public void Other_system_events_keep_the_message_shape_with_a_top_level_event()
    {
        var json = Read(MessageFrames.FromContract(EventMessage($$"""{"event":"session_assigned","agent_id":"{{Guid.NewGuid()}}"}""")).Payload);

        Assert.Equal("system", json["message_type"]!.GetValue<string>());
        Assert.Equal("session_assigned", json["event"]!.GetValue<string>());
        Assert.Equal(9, json["seq"]!.GetValue<long>());
    }

    [Fact]
    public void A_reaction_frame_carries_the_action_and_the_full_counts()
    {
        var message = Guid.NewGuid();
        var json = Read(ServerFrames.Reaction(new ReactionChanged(message, Session, Author, "👍", Added: false,
            new Dictionary<string, int> { ["🎉"] = 2 }, At)));

        Assert.Equal(["message_type", "chat_session_id", "message_id", "user_id", "emoji", "action", "counts"], json.Select(pair => pair.Key));
        Assert.Equal("reaction", json["message_type"]!.GetValue<string>());
        Assert.Equal(message.ToString(), json["message_id"]!.GetValue<string>());
        Assert.Equal("👍", json["emoji"]!.GetValue<string>());
        Assert.Equal("removed", json["action"]!.GetValue<string>());
        Assert.Equal(2, json["counts"]!["🎉"]!.GetValue<int>());
        Assert.Single(json["counts"]!.AsObject());
    }
}
