"""Check that PyTorch imports and computes, printing nothing that depends on the machine."""
import torch

version = torch.__version__  # e.g. '2.7.1+cu126' or '2.7.1+cpu': differs per machine
print(isinstance(version, str), version >= "2.0")  # a str that compares like a version
print(isinstance(torch.cuda.is_available(), bool))  # True or False, never an error
print(torch.version.cuda is None or isinstance(torch.version.cuda, str))  # None: CPU build

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
X = torch.ones(2, 3, device=device)
y = X @ X.T  # a tiny matrix product on whichever device was found
print(y.cpu())  # printed from the CPU, so no "device='cuda:0'" in the output
print(y.sum().item())
