namespace ChatPlatform.Sessions.Model;

/// <summary>A participant's role in one session: the creator is the owner (the customer in a support session).</summary>
public enum ParticipantRole
{
    Owner,
    Member,
    Customer,
    Agent,
}
