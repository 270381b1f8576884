package org.sendclock.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** How the product's JVM is started, as the build and the image declare it, for tests that start it the same way. */
public final class LaunchFlags {

    private LaunchFlags() {
    }

    /** The JVM options {@code ./mvnw spring-boot:run} gives the application (pom.xml, spring-boot-maven-plugin). */
    public static List<String> springBootRun() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (text(plugin, "artifactId").equals("spring-boot-maven-plugin")) {
                String arguments = text(plugin, "jvmArguments").trim();
                return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split("\\s+"));
            }
        }
        throw new IllegalStateException("pom.xml has no spring-boot-maven-plugin");
    }

    /** The Docker image's ENTRYPOINT line. */
    public static String dockerEntrypoint() throws Exception {
        return Files.readAllLines(Path.of("docker", "Dockerfile")).stream().filter(l -> l.startsWith("ENTRYPOINT"))
                .findFirst().orElseThrow();
    }

    /** This JVM's java command, for a child process. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent();
    }
}
