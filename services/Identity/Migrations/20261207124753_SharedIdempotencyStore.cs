using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatPlatform.Identity.Migrations
{
    /// <inheritdoc />
    public partial class SharedIdempotencyStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_idempotency_records",
                table: "idempotency_records");

            migrationBuilder.RenameColumn(
                name: "scope",
                table: "idempotency_records",
                newName: "operation");

            migrationBuilder.AlterColumn<string>(
                name: "response_json",
                table: "idempotency_records",
                type: "jsonb",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "jsonb");

            migrationBuilder.AlterColumn<string>(
                name: "request_fingerprint",
                table: "idempotency_records",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<Guid>(
                name: "user_id",
                table: "idempotency_records",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddPrimaryKey(
                name: "pk_idempotency_records",
                table: "idempotency_records",
                columns: new[] { "user_id", "operation", "key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Only rows the old table can hold (Identity writes no others): no user, a fingerprint and a response.
            migrationBuilder.Sql(
                "DELETE FROM idempotency_records WHERE user_id <> '00000000-0000-0000-0000-000000000000' OR request_fingerprint IS NULL OR response_json IS NULL;");

            migrationBuilder.DropPrimaryKey(
                name: "pk_idempotency_records",
                table: "idempotency_records");

            migrationBuilder.DropColumn(
                name: "user_id",
                table: "idempotency_records");

            migrationBuilder.RenameColumn(
                name: "operation",
                table: "idempotency_records",
                newName: "scope");

            migrationBuilder.AlterColumn<string>(
                name: "response_json",
                table: "idempotency_records",
                type: "jsonb",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "jsonb",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "request_fingerprint",
                table: "idempotency_records",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "pk_idempotency_records",
                table: "idempotency_records",
                columns: new[] { "scope", "key" });
        }
    }
}
