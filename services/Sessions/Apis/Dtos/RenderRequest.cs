using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record RenderRequest([Required] Guid? SessionId);
