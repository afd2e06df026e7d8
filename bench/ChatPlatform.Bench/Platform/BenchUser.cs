using ChatPlatform.Client;

namespace ChatPlatform.Bench.Platform;

/// <summary>A registered user, their SDK client (signed in by the set-up) and their current access token.</summary>
public sealed class BenchUser(int index, string email, Guid id, ChatPlatformClient client)
{
    public int Index { get; } = index;

    public string Email { get; } = email;

    public Guid Id { get; } = id;

    public ChatPlatformClient Client { get; } = client;

    public string AccessToken { get; set; } = "";
}
