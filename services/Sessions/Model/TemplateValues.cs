namespace ChatPlatform.Sessions.Model;

/// <summary>What a canned response's variables stand for in one session.</summary>
public sealed record TemplateValues(string CustomerName, string AgentName, string SessionTitle);
