// The Spring Boot application started with Qyzmet inside and answered its one use case over HTTP.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.deadlines.DeadlinesApplicationTest.xml')
assert report.exists() : 'the application test did not run'
def header = (report.text =~ /<testsuite [^>]*>/)[0]
assert header =~ /\btests="1"/ && header =~ /\bfailures="0"/ && header =~ /\berrors="0"/
true
