namespace ChatPlatform.Bench.Web;

/// <summary>What a sample loads.</summary>
public enum WebPhase
{
    /// <summary>A fresh browser profile (empty cache) opens the app: until the sign-in form shows.</summary>
    ColdSignIn,

    /// <summary>The same profile loads it again (hashed assets cached, index.html revalidated).</summary>
    WarmSignIn,

    /// <summary>A signed-in user reloads (cache warm): until the conversation list shows a session (REST + socket).</summary>
    SignedInList,
}
