namespace ChatPlatform.Identity.Apis.Dtos;

public sealed record JsonWebKeySetResponse(IReadOnlyList<JsonWebKeyResponse> Keys);
