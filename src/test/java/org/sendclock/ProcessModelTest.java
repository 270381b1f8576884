package org.sendclock;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every model in {@code bpmn/} checked against the code, without starting the application: ids a person can read,
 * every bean and method an expression names exists, and every element, process and message the code names is in a
 * model. Reads the models and the classes as they are, so a new model, bean or step is checked as soon as it exists.
 */
class ProcessModelTest {

    /** What the Camunda Modeler (bpmn-js) generates: {@code Activity_0k6k0g5}, {@code Flow_1wz6yf3}, {@code Task_1}. */
    private static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_(\\d+|[0-9a-z]{7})$");
    /**
     * The project's convention: a name in PascalCase, optionally after a kind prefix ({@code Flow_ToRequestAdvice},
     * {@code Message_AdviceRequested}, {@code TimerDefinition_DecisionAtRisk}); a process id is the process key in
     * kebab case ({@code ehc-needs-assessment}).
     */
    private static final Pattern MEANINGFUL_ID = Pattern.compile("^([A-Z][A-Za-z]*_)?[A-Z][A-Za-z0-9]*$");
    private static final Pattern PROCESS_KEY = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    /** {@code name.method(arguments)}: the arguments are simple (variables and string literals, no nested calls). */
    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)"
            + "\\s*\\(([^()]*)\\)");
    /** Names the engine itself puts in scope of an expression: not beans. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "authenticatedUserId",
            "processEngine", "processEngineServices", "variableScope", "caseExecution", "connector");
    /** Attributes whose expression must name a bean (a listener or delegate object), never a process variable. */
    private static final Set<String> BEAN_ATTRIBUTES = Set.of("delegateExpression");

    private static List<Path> models;
    private static Map<String, Class<?>> beans;

    @BeforeAll
    static void readModelsAndBeans() throws IOException, ClassNotFoundException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).as("models in bpmn/").isNotEmpty();
        beans = beansOfTheApplication();
    }

    @Test
    void everyElementHasAMeaningfulId() {
        List<String> generated = new ArrayList<>();
        for (Path file : models) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                String id = element.getId();
                if (id == null) {
                    continue;
                }
                boolean meaningful = element instanceof Process ? PROCESS_KEY.matcher(id).matches()
                        : MEANINGFUL_ID.matcher(id).matches() && !GENERATED_ID.matcher(id).matches();
                if (!meaningful) {
                    generated.add(file.getFileName() + ": " + element.getElementType().getTypeName() + " " + id);
                }
            }
        }
        assertThat(generated).as("element ids that say nothing (give each a name: Flow_ToX, DecideX, Message_X)")
                .isEmpty();
    }

    @Test
    void everyBeanAndMethodAnExpressionNamesExists() throws Exception {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Path file : models) {
            for (Expression expression : expressionsIn(file)) {
                Matcher call = CALL.matcher(expression.text());
                boolean anyCall = false;
                while (call.find()) {
                    anyCall = true;
                    String bean = call.group(1);
                    if (ENGINE_NAMES.contains(bean)) {
                        continue;
                    }
                    calls++;
                    String method = call.group(2);
                    int arguments = argumentCount(call.group(3));
                    Class<?> type = beans.get(bean);
                    if (type == null) {
                        wrong.add(file.getFileName() + ": " + expression + ": no bean named " + bean);
                    } else if (Arrays.stream(type.getMethods()).noneMatch(m -> m.getName().equals(method)
                            && m.getParameterCount() == arguments)) {
                        wrong.add(file.getFileName() + ": " + expression + ": " + type.getSimpleName()
                                + " has no public method " + method + " with " + arguments + " argument(s)");
                    }
                }
                if (!anyCall && expression.mustBeABean()) {
                    calls++;
                    String bean = expression.text().strip();
                    if (!beans.containsKey(bean)) {
                        wrong.add(file.getFileName() + ": " + expression + ": no bean named " + bean);
                    }
                }
            }
        }
        assertThat(calls).as("bean references found in the models").isPositive();
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyStepTheCodeNamesIsInAModel() throws Exception {
        Set<String> ids = new HashSet<>();
        Set<String> processKeys = new HashSet<>();
        Set<String> messages = new HashSet<>();
        for (Path file : models) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            model.getModelElementsByType(BaseElement.class).forEach(e -> ids.add(e.getId()));
            model.getModelElementsByType(Process.class).forEach(p -> processKeys.add(p.getId()));
            model.getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> steps : stepClasses()) {
            for (Field field : steps.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers) || field.getType() != String.class) {
                    continue;
                }
                String name = field.getName();
                field.setAccessible(true);
                String value = (String) field.get(null);
                // Variables are set by the code and read by expressions; they are not elements of a model.
                if (name.startsWith("VAR_")) {
                    continue;
                }
                checked++;
                Set<String> where = name.startsWith("MESSAGE_") ? messages
                        : name.startsWith("PROCESS_") ? processKeys : ids;
                if (!where.contains(value)) {
                    missing.add(steps.getSimpleName() + "." + name + " = \"" + value + "\"");
                }
            }
        }
        assertThat(checked).as("names the code refers to").isPositive();
        assertThat(missing).as("named in the code but in no model").isEmpty();
    }

    /** The classes that name a model's elements for the code: {@code *Steps} in the application's packages. */
    private static List<Class<?>> stepClasses() throws ClassNotFoundException {
        List<Class<?>> steps = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sendclock")) {
            if (c.getSimpleName().endsWith("Steps") && !c.isNestedClass()) {
                steps.add(Class.forName(c.getName()));
            }
        }
        assertThat(steps).as("classes naming model elements (*Steps)").isNotEmpty();
        return steps;
    }

    /**
     * Every bean the application's component scan finds (by the name Spring gives it) and every {@code @Bean} method
     * of those classes (by its name), with the class whose methods an expression may call.
     */
    private static Map<String, Class<?>> beansOfTheApplication() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
        Map<String, Class<?>> found = new HashMap<>();
        for (var candidate : scan.findCandidateComponents(SendClockApplication.class.getPackageName())) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            found.put(names.generateBeanName(candidate, registry), type);
            for (Method method : type.getDeclaredMethods()) {
                Bean bean = method.getAnnotation(Bean.class);
                if (bean != null) {
                    String[] declared = bean.name().length > 0 ? bean.name() : bean.value();
                    for (String name : declared.length > 0 ? declared : new String[] {method.getName()}) {
                        found.put(name, method.getReturnType());
                    }
                }
            }
        }
        return found;
    }

    /** Every expression in the model: attribute values and text (conditions, timer dates, scripts' inputs). */
    private static List<Expression> expressionsIn(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        List<Expression> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Expression> found) {
        if (node instanceof Element element) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String local = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
                addExpressions(attribute.getValue(), BEAN_ATTRIBUTES.contains(local), found);
            }
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            addExpressions(node.getNodeValue(), false, found);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, found);
        }
    }

    private static void addExpressions(String text, boolean mustBeABean, List<Expression> found) {
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            found.add(new Expression(m.group(1), mustBeABean));
        }
    }

    private static int argumentCount(String arguments) {
        return arguments.isBlank() ? 0 : Arrays.stream(arguments.split(",", -1)).collect(Collectors.toList()).size();
    }

    private record Expression(String text, boolean mustBeABean) {
        @Override
        public String toString() {
            return "${" + text + "}";
        }
    }
}
