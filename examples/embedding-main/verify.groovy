// The embedding artifact alone: the main ran the request to ISSUED, and its runtime classpath stays small and
// holds no web server, no database driver and no logging backend.
def log = new File(basedir, 'build.log').text
assert log.contains('status ISSUED') : 'the main did not run the request to ISSUED'

def jars = new File(basedir, 'target/runtime-classpath.txt').readLines()
        .collect { it.trim() }
        .findAll { it ==~ /[^:\s]+:[^:\s]+:jar:.*/ }
println "runtime classpath: ${jars.size()} jars (+ the project's own classes)"
jars.each { println "  $it" }
assert !jars.isEmpty() : 'no dependency listed'
assert jars.size() + 1 <= 15 : "more than 15 jars on the runtime classpath: ${jars.size()} dependencies + the project's own"
def banned = [
        'web server'     : ~/(?i)(jetty|javalin|netty|undertow|tomcat|kotlin)/,
        'database driver': ~/(?i)(com\.h2database|org\.postgresql|flyway|hikari)/,
        'logging backend': ~/(?i)(logback|slf4j-simple|slf4j-nop|log4j-core|slf4j-jdk14|slf4j-reload4j)/,
]
banned.each { what, pattern ->
    def found = jars.findAll { it =~ pattern }
    assert found.isEmpty() : "a ${what} on the embedding classpath: ${found}"
}
// each Qyzmet artifact names its module in its manifest (a name from the file would be qyzmet.embedded, not kz.qyzmet.embedded)
jars.findAll { it.startsWith('kz.qyzmet:') }.each { jar ->
    assert jar =~ /module kz\.qyzmet\.[a-z.]+/ : "no Automatic-Module-Name in ${jar}"
}
true
