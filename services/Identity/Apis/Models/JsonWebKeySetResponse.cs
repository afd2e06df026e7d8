namespace ChatPlatform.Identity.Apis.Models;

public sealed record JsonWebKeySetResponse(IReadOnlyList<JsonWebKeyResponse> Keys);
