kubectl auth whoami
