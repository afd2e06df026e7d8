namespace ChatPlatform.Sessions.Model;

/// <summary>A conversation and who takes part in it. The rules of who may see and change it live here.</summary>
public sealed class ChatSession
{
    private readonly List<SessionParticipant> _participants = [];

    private ChatSession()
    {
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public SessionKind Kind { get; private set; }
    public SessionStatus Status { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid? ClosedBy { get; private set; }
    public Guid? RoomId { get; private set; }

    /// <summary>Both users of an open direct session, ordered; unique among open direct sessions.</summary>
    public string? DirectPairKey { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }
    public SessionFeedback? Feedback { get; private set; }

    /// <summary>The agent a support session is assigned to (accepted, routed or transferred), null while it waits.</summary>
    public Guid? AssignedAgentId { get; private set; }

    /// <summary>When the assigned agent first wrote in a support session (from Messages' MessagePosted).</summary>
    public DateTimeOffset? FirstResponseAt { get; private set; }
    public IReadOnlyCollection<SessionParticipant> Participants => _participants;

    public bool IsClosed => Status == SessionStatus.Closed;

    public bool IsWaitingSupport => Kind == SessionKind.Support && Status == SessionStatus.Waiting;

    public double? FirstResponseSeconds => FirstResponseAt is { } at ? Seconds(at - CreatedAt) : null;

    /// <summary>How long a support session took from opening to closing.</summary>
    public double? ResolutionSeconds => Kind == SessionKind.Support && ClosedAt is { } at ? Seconds(at - CreatedAt) : null;

    public static ChatSession Open(NewSession draft, Guid creator, DateTimeOffset now)
    {
        var session = new ChatSession
        {
            Id = Guid.CreateVersion7(now),
            Title = draft.Title,
            Kind = draft.Kind,
            Status = draft.InitialStatus,
            CreatedBy = creator,
            CreatedAt = now,
            RoomId = draft.RoomId,
            LastActivityAt = now,
            DirectPairKey = draft.Kind == SessionKind.Direct ? PairKey(creator, draft.OtherParticipantIds[0]) : null,
        };
        session.Join(creator, draft.Kind == SessionKind.Support ? ParticipantRole.Customer : ParticipantRole.Owner, creator, now);
        foreach (var other in draft.OtherParticipantIds)
        {
            session.Join(other, ParticipantRole.Member, creator, now);
        }
        return session;
    }

    public static string PairKey(Guid first, Guid second) =>
        first.CompareTo(second) < 0 ? $"{first:N}:{second:N}" : $"{second:N}:{first:N}";

    public bool IsParticipant(Guid userId) => _participants.Any(p => p.UserId == userId);

    /// <summary>In joining order, the creator first.</summary>
    public IReadOnlyList<Guid> ParticipantIds => OrderedParticipants.Select(p => p.UserId).ToList();

    public IEnumerable<SessionParticipant> OrderedParticipants =>
        _participants.OrderBy(p => p.JoinedAt).ThenBy(p => p.UserId != CreatedBy).ThenBy(p => p.UserId);

    /// <summary>The participants that come after (<paramref name="joinedAt"/>, <paramref name="userId"/>) in that order.</summary>
    public IEnumerable<SessionParticipant> ParticipantsAfter(DateTimeOffset joinedAt, Guid userId) =>
        OrderedParticipants.SkipWhile(p =>
            (p.JoinedAt, p.UserId != CreatedBy, p.UserId).CompareTo((joinedAt, userId != CreatedBy, userId)) <= 0);

    /// <summary>Participants and admins see a session; agents also see support sessions waiting in the queue.</summary>
    public bool IsVisibleTo(Caller caller) =>
        caller.IsAdmin
        || IsParticipant(caller.UserId)
        || (caller.IsAgent && IsWaitingSupport);

    /// <summary>Changing a session (closing it, adding people) and reading its membership internally take a participant or an admin.</summary>
    public bool IsParticipantOrAdmin(Caller caller) => caller.IsAdmin || IsParticipant(caller.UserId);

    /// <summary>Any participant may close a conversation; a room's session, shared by everyone who joins, only its creator or an admin.</summary>
    public bool MayBeClosedBy(Caller caller) =>
        IsParticipantOrAdmin(caller) && (RoomId is null || caller.UserId == CreatedBy || caller.IsAdmin);

    public CloseOutcome Close(Caller caller, FeedbackInput? feedback, DateTimeOffset now)
    {
        if (!MayBeClosedBy(caller))
        {
            return CloseOutcome.Forbidden;
        }
        if (IsClosed)
        {
            return (feedback, Feedback) switch
            {
                (null, _) => CloseOutcome.AlreadyClosed,
                (not null, null) => RecordFeedback(feedback, caller.UserId, now, CloseOutcome.FeedbackAdded),
                (not null, not null) when Feedback.SameAs(feedback) => CloseOutcome.AlreadyClosed,
                _ => CloseOutcome.FeedbackConflict,
            };
        }
        Status = SessionStatus.Closed;
        ClosedAt = now;
        ClosedBy = caller.UserId;
        LastActivityAt = now;
        return feedback is null ? CloseOutcome.Closed : RecordFeedback(feedback, caller.UserId, now, CloseOutcome.Closed);
    }

    /// <summary>
    /// An agent takes a waiting support session and joins it. Only the first accept wins: once assigned (or
    /// transferred) every later accept is <see cref="AcceptOutcome.AlreadyAssigned"/>.
    /// </summary>
    public AcceptOutcome Accept(Caller agent, DateTimeOffset now)
    {
        if (Kind != SessionKind.Support)
        {
            return AcceptOutcome.NotSupport;
        }
        if (!agent.IsAgent)
        {
            return AcceptOutcome.Forbidden;
        }
        if (IsClosed)
        {
            return AcceptOutcome.SessionClosed;
        }
        if (AssignedAgentId is not null || Status != SessionStatus.Waiting)
        {
            return AcceptOutcome.AlreadyAssigned;
        }
        Assign(agent.UserId, agent.UserId, now);
        return AcceptOutcome.Accepted;
    }

    /// <summary>
    /// Moves an assigned support session to <paramref name="toAgent"/>, who must be an agent (the caller looked the
    /// role up): the new agent joins, the previous one leaves. Allowed to the assigned agent and to admins.
    /// </summary>
    public TransferOutcome Transfer(Caller caller, Guid toAgent, bool targetIsAgent, DateTimeOffset now)
    {
        if (Kind != SessionKind.Support)
        {
            return TransferOutcome.NotSupport;
        }
        if (caller.UserId != AssignedAgentId && !caller.IsAdmin)
        {
            return TransferOutcome.Forbidden;
        }
        if (IsClosed)
        {
            return TransferOutcome.SessionClosed;
        }
        if (AssignedAgentId is not { } from)
        {
            return TransferOutcome.NotAssigned;
        }
        if (toAgent == from)
        {
            return TransferOutcome.SameAgent;
        }
        if (toAgent == CreatedBy)
        {
            return TransferOutcome.TargetIsCustomer;
        }
        if (!targetIsAgent)
        {
            return TransferOutcome.TargetNotAgent;
        }
        _participants.RemoveAll(p => p.UserId == from);
        if (!IsParticipant(toAgent))
        {
            Join(toAgent, ParticipantRole.Agent, caller.UserId, now);
        }
        AssignedAgentId = toAgent;
        Status = SessionStatus.Transferred;
        LastActivityAt = now;
        return TransferOutcome.Transferred;
    }

    /// <summary>Automatic routing: a waiting session goes to <paramref name="agentId"/> as if they had accepted it.</summary>
    public bool Route(Guid agentId, DateTimeOffset now)
    {
        if (!IsWaitingSupport || AssignedAgentId is not null)
        {
            return false;
        }
        Assign(agentId, Guid.Empty, now);
        return true;
    }

    public AddParticipantOutcome AddParticipant(Guid userId, Caller caller, DateTimeOffset now)
    {
        if (!IsParticipantOrAdmin(caller))
        {
            return AddParticipantOutcome.Forbidden;
        }
        return Admit(userId, caller.UserId, now);
    }

    /// <summary>A user joining on their own (a room's session): visibility was checked by the caller.</summary>
    public AddParticipantOutcome SelfJoin(Guid userId, DateTimeOffset now) => Admit(userId, userId, now);

    public RemoveParticipantOutcome RemoveParticipant(Guid userId, Caller caller)
    {
        var participant = _participants.FirstOrDefault(p => p.UserId == userId);
        if (participant is null)
        {
            return RemoveParticipantOutcome.NotParticipant;
        }
        if (caller.UserId != userId && caller.UserId != CreatedBy && !caller.IsAdmin)
        {
            return RemoveParticipantOutcome.Forbidden;
        }
        if (IsClosed)
        {
            return RemoveParticipantOutcome.SessionClosed;
        }
        _participants.Remove(participant);
        // Once someone has left, a new direct session between the two may be opened.
        DirectPairKey = null;
        return RemoveParticipantOutcome.Removed;
    }

    private AddParticipantOutcome Admit(Guid userId, Guid addedBy, DateTimeOffset now)
    {
        if (IsClosed)
        {
            return AddParticipantOutcome.SessionClosed;
        }
        if (IsParticipant(userId))
        {
            return AddParticipantOutcome.AlreadyParticipant;
        }
        if (Kind == SessionKind.Direct)
        {
            return AddParticipantOutcome.DirectSessionFull;
        }
        Join(userId, ParticipantRole.Member, addedBy, now);
        return AddParticipantOutcome.Added;
    }

    private void Assign(Guid agentId, Guid assignedBy, DateTimeOffset now)
    {
        if (!IsParticipant(agentId))
        {
            // Routed sessions (assignedBy empty) record the agent as having joined on their own.
            Join(agentId, ParticipantRole.Agent, assignedBy == Guid.Empty ? agentId : assignedBy, now);
        }
        AssignedAgentId = agentId;
        Status = SessionStatus.Assigned;
        LastActivityAt = now;
    }

    private static double Seconds(TimeSpan span) => Math.Round(Math.Max(span.TotalSeconds, 0), 3);

    private void Join(Guid userId, ParticipantRole role, Guid addedBy, DateTimeOffset now) =>
        _participants.Add(new SessionParticipant { SessionId = Id, UserId = userId, Role = role, JoinedAt = now, AddedBy = addedBy });

    private CloseOutcome RecordFeedback(FeedbackInput feedback, Guid by, DateTimeOffset now, CloseOutcome outcome)
    {
        Feedback = new SessionFeedback(feedback.Rating, feedback.Comment, by, now);
        return outcome;
    }
}
