using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatPlatform.Messages.Migrations
{
    /// <inheritdoc />
    public partial class SessionSequenceClosed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "closed",
                table: "session_sequences",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Sessions closed before this migration: their sequence rows carry the mark too (rows made if none yet).
            migrationBuilder.Sql("""
                INSERT INTO session_sequences (session_id, last_seq, closed)
                SELECT session_id, 0, true FROM session_states WHERE closed_at IS NOT NULL
                ON CONFLICT (session_id) DO UPDATE SET closed = true;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "closed",
                table: "session_sequences");
        }
    }
}
