package sentences
import ("fmt";"os";"testing")
func TestShow(t *testing.T){ b,_:=os.ReadFile(os.Getenv("F")); for _,s:=range Split(string(b)){fmt.Printf("%d [%d:%d] %q\n",s.Index,s.Start,s.End,s.Text)} }
