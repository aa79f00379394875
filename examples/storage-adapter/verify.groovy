// The third-party store and SMS gateway ran Qyzmet's contract suites and its architecture rules, and passed them.
def reports = new File(basedir, 'target/surefire-reports')
def contract = new File(reports, 'TEST-com.example.qyzmet.storage.SnapshotRequestRepositoryContractTest.xml')
def rules = new File(reports, 'TEST-com.example.qyzmet.storage.SnapshotRequestRepositoryArchitectureTest.xml')
assert contract.exists() : 'the contract suite did not run'
assert rules.exists() : 'the architecture rules did not run'
def counts = { File report ->
    def header = (report.text =~ /<testsuite [^>]*>/)[0]
    ['tests', 'failures', 'errors'].collectEntries { name -> [name, (header =~ /\b${name}="(\d+)"/)[0][1].toInteger()] }
}
def suite = counts(contract)
assert suite.tests >= 11 : "only ${suite.tests} contract tests ran"
assert suite.failures == 0 && suite.errors == 0
assert counts(rules).tests == 1
def sms = new File(reports, 'TEST-com.example.qyzmet.storage.QueuedSmsGatewayContractTest.xml')
assert sms.exists() : 'the SMS gateway contract suite did not run'
assert counts(sms).tests >= 4 && counts(sms).failures == 0 && counts(sms).errors == 0
true
