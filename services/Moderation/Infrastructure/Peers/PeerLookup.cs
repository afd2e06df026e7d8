namespace ChatPlatform.Moderation.Infrastructure.Peers;

/// <summary>What a peer service said about an id, as the calling user: it is there, it is not (for them), or no answer.</summary>
public enum PeerLookup
{
    Found,
    NotFound,
    Unavailable,
}
