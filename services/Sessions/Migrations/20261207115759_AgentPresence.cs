using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatPlatform.Sessions.Migrations
{
    /// <inheritdoc />
    public partial class AgentPresence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agent_presence",
                columns: table => new
                {
                    replica_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agent_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agent_presence", x => x.replica_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agent_presence");
        }
    }
}
