package dev.tengen.cli.gtp;

/**
 * The administrative GTP commands every engine has: {@code protocol_version}, {@code name},
 * {@code version}, {@code known_command}, {@code list_commands} and {@code quit}.
 */
public final class ProtocolCommands {
  private ProtocolCommands() {}

  /**
   * Registers the six commands on {@code server}.
   *
   * @param name what {@code name} answers
   * @param version what {@code version} answers
   */
  public static void register(GtpServer server, String name, String version) {
    server.register("protocol_version", request -> {
      request.expectArgs(0);
      return "2";
    });
    server.register("name", request -> {
      request.expectArgs(0);
      return name;
    });
    server.register("version", request -> {
      request.expectArgs(0);
      return version;
    });
    server.register("known_command", request -> {
      request.expectArgs(1);
      return server.knows(request.arg(0)) ? "true" : "false";
    });
    server.register("list_commands", request -> {
      request.expectArgs(0);
      return String.join("\n", server.commandNames());
    });
    server.register("quit", request -> {
      server.requestQuit();
      return "";
    });
  }
}
