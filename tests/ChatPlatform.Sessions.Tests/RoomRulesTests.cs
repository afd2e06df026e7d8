using ChatPlatform.Sessions.Model;
using static ChatPlatform.Sessions.Tests.Sessions;

namespace ChatPlatform.Sessions.Tests;

public sealed class RoomRulesTests
{
    private readonly Guid _alice = Guid.NewGuid();
    private readonly Guid _bob = Guid.NewGuid();

    private (Room Room, ChatSession Session) Create(bool isPrivate)
    {
        NewRoom.TryCreate("  General ", null, isPrivate, out var draft, out _);
        return Room.Create(draft!, _alice, Now);
    }

    [Fact]
    public void A_room_comes_with_its_group_session_and_the_creator_in_it()
    {
        var (room, session) = Create(isPrivate: false);

        Assert.Equal("General", room.Name);
        Assert.Equal(session.Id, room.SessionId);
        Assert.Equal(room.Id, session.RoomId);
        Assert.Equal(SessionKind.Group, session.Kind);
        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.Equal([_alice], session.ParticipantIds);
    }

    [Fact]
    public void Public_rooms_are_visible_to_all_private_ones_to_members_and_admins()
    {
        var (publicRoom, publicSession) = Create(isPrivate: false);
        var (privateRoom, privateSession) = Create(isPrivate: true);

        Assert.True(publicRoom.IsVisibleTo(User(_bob), publicSession));
        Assert.False(privateRoom.IsVisibleTo(User(_bob), privateSession));
        Assert.True(privateRoom.IsVisibleTo(User(_alice), privateSession));
        Assert.True(privateRoom.IsVisibleTo(Admin(), privateSession));
    }

    [Fact]
    public void Joining_twice_is_a_no_op()
    {
        var (_, session) = Create(isPrivate: false);

        Assert.Equal(AddParticipantOutcome.Added, session.SelfJoin(_bob, Now));
        Assert.Equal(AddParticipantOutcome.AlreadyParticipant, session.SelfJoin(_bob, Now));
        Assert.Equal([_alice, _bob], session.ParticipantIds);
    }

    [Theory]
    [InlineData(null, "name")]
    [InlineData(" ", "name")]
    public void Name_is_required(string? name, string field)
    {
        Assert.False(NewRoom.TryCreate(name, null, null, out _, out var errors));
        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public void Rooms_are_public_unless_asked()
    {
        NewRoom.TryCreate("x", "", null, out var draft, out _);
        Assert.False(draft!.IsPrivate);
        Assert.Null(draft.Description);
    }

    [Fact]
    public void Only_the_creator_or_an_admin_closes_a_rooms_session()
    {
        var (_, session) = Create(isPrivate: false);
        session.SelfJoin(_bob, Now);

        Assert.Equal(CloseOutcome.Forbidden, session.Close(User(_bob), null, Now));
        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.Equal(CloseOutcome.Closed, session.Close(User(_alice), null, Now));

        var (_, other) = Create(isPrivate: false);
        Assert.Equal(CloseOutcome.Closed, other.Close(Admin(), null, Now));
    }
}
