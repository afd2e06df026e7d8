using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record AddParticipantRequest([Required] Guid? UserId);
