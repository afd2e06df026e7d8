namespace ChatPlatform.Bench.Platform;

/// <summary>A registered user and their current access token.</summary>
public sealed class BenchUser(int index, string email, Guid id)
{
    public int Index { get; } = index;

    public string Email { get; } = email;

    public Guid Id { get; } = id;

    public string AccessToken { get; set; } = "";
}
