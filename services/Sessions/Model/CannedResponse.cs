namespace ChatPlatform.Sessions.Model;

/// <summary>A saved reply an agent inserts with its shortcut; shared ones are offered to every agent.</summary>
public sealed class CannedResponse
{
    private CannedResponse()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public string Shortcut { get; private set; } = string.Empty;
    public string Content { get; private set; } = string.Empty;
    public bool Shared { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static CannedResponse Create(CannedResponseInput input, Guid owner, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OwnerId = owner,
        Title = input.Title,
        Shortcut = input.Shortcut,
        Content = input.Content,
        Shared = input.Shared ?? false,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>An agent sees their own responses and every shared one.</summary>
    public bool IsVisibleTo(Caller caller) => OwnerId == caller.UserId || Shared;

    /// <summary>The owner changes a response; an admin may also change (or delete) a shared one.</summary>
    public bool MayBeChangedBy(Caller caller) => OwnerId == caller.UserId || (Shared && caller.IsAdmin);

    /// <summary>Replaces the text; <c>shared</c> left out of the request keeps its value.</summary>
    public void Update(CannedResponseInput input, DateTimeOffset now)
    {
        Title = input.Title;
        Shortcut = input.Shortcut;
        Content = input.Content;
        Shared = input.Shared ?? Shared;
        UpdatedAt = now;
    }
}
