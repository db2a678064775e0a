import HerkomstCore
import SQLKit
import SQLiteKit
import PostgresKit
