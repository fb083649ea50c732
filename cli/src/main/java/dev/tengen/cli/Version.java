package dev.tengen.cli;

import picocli.CommandLine.IVersionProvider;

/** The Tengen version, from the jar manifest ({@code Implementation-Version}), else "dev". */
public final class Version implements IVersionProvider {
  /** The version string, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String current() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"tengen " + current(), "Java " + Runtime.version()};
  }
}
