using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Rules;

namespace ChatPlatform.Moderation.Tests.Rules;

public sealed class AuditRecordsTests
{
    private static readonly Guid Alice = Guid.CreateVersion7(), Bob = Guid.CreateVersion7(), Session = Guid.CreateVersion7(), Message = Guid.CreateVersion7();
    private static readonly DateTimeOffset At = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_participant_added_by_someone_names_them_as_actor_and_the_newcomer_as_target()
    {
        var record = AuditRecords.ParticipantAdded(new ParticipantAdded(Session, Bob, Alice, At));
        Assert.Equal((AuditActions.ParticipantAdded, Alice, Bob, Session), (record.Action, record.ActorId, record.TargetUserId, record.SessionId));
        Assert.Equal(At, record.OccurredAt);
    }

    [Fact]
    public void An_edit_is_done_by_the_editor_to_the_author_and_keeps_both_texts()
    {
        var record = AuditRecords.MessageEdited(new MessageEdited(Message, Session, Bob, Alice, "before", "after", At));
        Assert.Equal((AuditActions.MessageEdited, Alice, Bob, Message), (record.Action, record.ActorId, record.TargetUserId, record.MessageId));
        Assert.Equal("before", record.Details["previous_content"]!.GetValue<string>());
        Assert.Equal("after", record.Details["content"]!.GetValue<string>());
    }

    [Fact]
    public void A_block_is_done_by_the_blocker_to_the_blocked()
    {
        var record = AuditRecords.UserBlocked(new UserBlocked(Alice, Bob, At));
        Assert.Equal((AuditActions.UserBlocked, Alice, Bob), (record.Action, record.ActorId, record.TargetUserId));
        Assert.Null(record.SessionId);
    }

    [Fact]
    public void A_failed_login_of_a_known_account_names_it_and_an_unknown_one_has_no_actor()
    {
        var known = AuditRecords.LoginFailed(new LoginFailed("bob@example.test", Bob, "10.0.0.1", At));
        Assert.Equal((Bob, Bob), (known.ActorId, known.TargetUserId));
        Assert.Equal("bob@example.test", known.Details["email"]!.GetValue<string>());

        var unknown = AuditRecords.LoginFailed(new LoginFailed("nobody@example.test", null, null, At));
        Assert.Null(unknown.ActorId);
        Assert.Null(unknown.TargetUserId);
    }

    [Fact]
    public void Changes_made_by_the_system_have_no_actor()
    {
        Assert.Null(AuditRecords.RolesChanged(new UserRolesChanged(Bob, ["agent"], Guid.Empty, At)).ActorId);
        var routed = AuditRecords.SessionAssigned(new SupportSessionAssigned(Session, Bob, Guid.Empty, At));
        Assert.Null(routed.ActorId);
        Assert.Equal(Bob, routed.TargetUserId);
        Assert.True(routed.Details["routed"]!.GetValue<bool>());
    }

    [Fact]
    public void Accept_and_transfer_use_the_short_form_actions_and_name_the_agents()
    {
        var accepted = AuditRecords.SessionAssigned(new SupportSessionAssigned(Session, Bob, Bob, At));
        Assert.Equal((AuditActions.SessionAccepted, Bob, Bob), (accepted.Action, accepted.ActorId, accepted.TargetUserId));

        var transferred = AuditRecords.SessionTransferred(new SupportSessionTransferred(Session, Bob, Alice, Bob, At));
        Assert.Equal((AuditActions.SessionTransferred, Bob, Alice), (transferred.Action, transferred.ActorId, transferred.TargetUserId));
        Assert.Equal(Bob, transferred.Details["from_agent_id"]!.GetValue<Guid>());
    }

    [Fact]
    public void Text_with_a_nul_character_is_kept_without_it_so_jsonb_can_store_it()
    {
        var record = AuditRecords.SessionCreated(new ChatSessionCreated(Session, "group", "open", "a\0b", Alice, [Alice, Bob], null, At));
        Assert.Equal("ab", record.Details["title"]!.GetValue<string>());
        Assert.Equal(2, record.Details["participant_ids"]!.AsArray().Count);
    }
}
