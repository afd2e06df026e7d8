using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Tests;

public sealed class NewSessionRulesTests
{
    private static readonly Guid Me = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private static (NewSession? Session, Dictionary<string, string[]> Errors) Validate(
        string? title = "Chat", string? kind = null, Guid[]? participants = null, Guid? roomId = null)
    {
        NewSession.TryCreate(title, kind, participants, roomId, Me, out var session, out var errors);
        return (session, errors);
    }

    [Fact]
    public void Kind_defaults_to_group_and_group_sessions_start_open()
    {
        var (session, _) = Validate();
        Assert.Equal(SessionKind.Group, session!.Kind);
        Assert.Equal(SessionStatus.Open, session.InitialStatus);
    }

    [Fact]
    public void Direct_session_needs_exactly_one_other_participant()
    {
        Assert.Null(Validate(kind: "direct").Session);
        Assert.Null(Validate(kind: "direct", participants: [Other, Guid.NewGuid()]).Session);
        Assert.Contains("participant_ids", Validate(kind: "direct", participants: []).Errors.Keys);

        var (session, _) = Validate(kind: "direct", participants: [Other]);
        Assert.Equal([Other], session!.OtherParticipantIds);
        Assert.Equal(SessionStatus.Open, session.InitialStatus);
    }

    [Fact]
    public void The_creator_and_duplicates_do_not_count_as_other_participants()
    {
        var (session, _) = Validate(kind: "direct", participants: [Me, Other, Other]);
        Assert.Equal([Other], session!.OtherParticipantIds);

        Assert.Contains("participant_ids", Validate(kind: "direct", participants: [Me]).Errors.Keys);
    }

    [Fact]
    public void Support_session_is_opened_by_the_customer_alone_and_waits()
    {
        var (session, _) = Validate(kind: "support");
        Assert.Equal(SessionStatus.Waiting, session!.InitialStatus);
        Assert.Contains("participant_ids", Validate(kind: "support", participants: [Other]).Errors.Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Title_is_required(string? title) =>
        Assert.Contains("title", Validate(title: title).Errors.Keys);

    [Fact]
    public void Title_is_trimmed_and_limited()
    {
        Assert.Equal("Chat", Validate(title: "  Chat  ").Session!.Title);
        Assert.Contains("title", Validate(title: new string('x', NewSession.MaxTitleLength + 1)).Errors.Keys);
    }

    [Theory]
    [InlineData("DIRECT", SessionKind.Direct)]
    [InlineData("group", SessionKind.Group)]
    [InlineData("Support", SessionKind.Support)]
    public void Kind_is_read_case_insensitively(string kind, SessionKind expected)
    {
        var participants = expected == SessionKind.Direct ? new[] { Other } : [];
        Assert.Equal(expected, Validate(kind: kind, participants: participants).Session!.Kind);
    }

    [Fact]
    public void Unknown_kind_is_a_field_error() =>
        Assert.Contains("kind", Validate(kind: "broadcast").Errors.Keys);

    [Fact]
    public void Empty_user_id_is_a_field_error() =>
        Assert.Contains("participant_ids", Validate(participants: [Guid.Empty]).Errors.Keys);

    [Fact]
    public void Only_group_sessions_belong_to_a_room()
    {
        var room = Guid.NewGuid();
        Assert.Equal(room, Validate(roomId: room).Session!.RoomId);
        Assert.Contains("room_id", Validate(kind: "support", roomId: room).Errors.Keys);
        Assert.Contains("room_id", Validate(kind: "direct", participants: [Other], roomId: room).Errors.Keys);
    }
}
