namespace ChatPlatform.Sessions.Model;

public static class AgentRouting
{
    /// <summary>
    /// The online agent with the fewest open (assigned or transferred) sessions, below the capacity; ties go to the
    /// smallest id so the choice is stable. Null when every online agent is full or none is online.
    /// </summary>
    public static Guid? Choose(IEnumerable<Guid> onlineAgents, IReadOnlyDictionary<Guid, int> openSessions, int capacity) =>
        onlineAgents
            .Select(agent => (Agent: agent, Open: openSessions.GetValueOrDefault(agent)))
            .Where(candidate => candidate.Open < capacity)
            .OrderBy(candidate => candidate.Open).ThenBy(candidate => candidate.Agent)
            .Select(candidate => (Guid?)candidate.Agent)
            .FirstOrDefault();
}
